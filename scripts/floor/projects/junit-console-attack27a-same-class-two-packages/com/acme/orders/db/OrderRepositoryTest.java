package com.acme.orders.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.orders.OrderRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {
    @Test
    void customerOfReadsTheOrder() throws Exception {
        try (Connection conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres")) {
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TABLE orders (id bigint PRIMARY KEY, customer text)");
                st.execute("INSERT INTO orders VALUES (7, 'ada')");
            }
            assertEquals("ada", new OrderRepository(conn).customerOf(7));
        }
    }
}
