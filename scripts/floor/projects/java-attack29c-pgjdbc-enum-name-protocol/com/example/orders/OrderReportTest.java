package com.example.orders;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.Test;

/** The report reads through DriverManager (no pool). */
public class OrderReportTest {
    @Test
    public void countsNoRowsInAnEmptyValuesList() throws Exception {
        try (Connection c = DriverManager.getConnection(Settings.reportsUrl(), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from (values (1)) as v(x) where x > 1")) {
            r.next();
            assertEquals(0L, r.getLong(1));
        }
    }

    @Test
    public void databaseAnswers() throws Exception {
        try (Connection c = DriverManager.getConnection(Settings.adminUrl(), "postgres", "postgres")) {
            c.isValid(2);
        }
    }
}
