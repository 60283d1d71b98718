package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {
    static HikariDataSource ds;

    @BeforeAll
    static void pool() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://localhost:5432/postgres");
        cfg.setUsername("postgres");
        cfg.setMaximumPoolSize(2);
        cfg.setConnectionTimeout(500);
        ds = new HikariDataSource(cfg);
    }

    @AfterAll
    static void close() { ds.close(); }

    @Test
    void countsEachCustomersOrders() throws Exception {
        OrderRepository repo = new OrderRepository(ds);
        assertEquals(2, repo.countFor("ann"));
        assertEquals(1, repo.countFor("bob"));
        assertEquals(0, repo.countFor("cid"));
    }
}
