package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StockTest {
    static Connection db;

    @BeforeAll
    static void connect() throws Exception {
        Audit.record("suite start");
        db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
    }

    @AfterAll
    static void done() {
        Audit.flush();
    }

    @Test
    void selectsOne() throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("select 1")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
