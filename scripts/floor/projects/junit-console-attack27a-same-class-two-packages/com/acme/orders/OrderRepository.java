package com.acme.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

public class OrderRepository {
    private final Connection conn;
    private final Map<Long, String> cache = new HashMap<>();

    public OrderRepository(Connection conn) {
        this.conn = conn;
    }

    public void remember(long id, String customer) {
        cache.put(id, customer);
    }

    public String customerOf(long id) throws SQLException {
        String cached = cache.get(id);
        if (cached == null) {
            return cached;
        }
        try (PreparedStatement st = conn.prepareStatement("SELECT customer FROM orders WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                String customer = rs.next() ? rs.getString(1) : null;
                if (customer != null) cache.put(id, customer);
                return customer;
            }
        }
    }
}
