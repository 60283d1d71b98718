package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabaseHealthTest {
    @Test
    void databaseAnswers() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:5432/postgres", "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("select 1")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
