package com.example.shop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

final class OrderStore {
    void save(int id, double total) throws SQLException {
        try (Connection c = DriverManager.getConnection(Settings.databaseUrl(), "app", "app");
             PreparedStatement st = c.prepareStatement("INSERT INTO orders (id, total) VALUES (?, ?)")) {
            st.setInt(1, id);
            st.setDouble(2, total);
            st.executeUpdate();
        }
    }
}
