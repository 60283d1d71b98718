package com.example.orders;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Orders, through a HikariCP pool (no driverClassName: HikariCP asks DriverManager for the URL's driver). */
final class OrderStore implements AutoCloseable {
    private final HikariDataSource pool;

    OrderStore(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(2000);
        this.pool = new HikariDataSource(config);
    }

    long count() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from orders")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
