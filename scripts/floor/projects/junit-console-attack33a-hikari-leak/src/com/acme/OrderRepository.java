package com.acme;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public final class OrderRepository {
    private final DataSource ds;

    public OrderRepository(DataSource ds) { this.ds = ds; }

    public int countFor(String customer) throws SQLException {
        // BUG: only the statement is in the try-with-resources; the pooled connection is never closed (returned)
        try (PreparedStatement ps = ds.getConnection().prepareStatement("select count(*) from (values ('ann'), ('bob'), ('ann')) as o(customer) where customer = ?")) {
            ps.setString(1, customer);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
