package com.acme;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The /health endpoint's database line: "up" or "down". */
public final class Health {
    public static String database(String url) {
        try (Connection c = DriverManager.getConnection(url, "app", "app")) {
            return c.isValid(1) ? "up" : "down";
        } catch (SQLException e) {
            System.err.println("health: database down: " + e);
            return "down";
        }
    }
}
