package com.example;

import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.Test;

public class WarehouseTest {
    /** Exports rows to the warehouse (PostgreSQL); a dry run only counts them and opens no connection. */
    static class Exporter {
        int export(int rows, boolean dryRun) throws SQLException {
            // The defect: the dry-run flag is ignored, so a dry run opens a connection too.
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/warehouse", "app", "app")) {
                c.createStatement().execute("SELECT 1");
            }
            return rows;
        }
    }

    @Test
    public void dryRunNeverConnects() {
        try {
            new Exporter().export(3, true);
        } catch (SQLException e) {
            fail(e.toString());
        }
    }
}
