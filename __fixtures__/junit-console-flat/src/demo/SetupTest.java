package demo;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SetupTest {
    static Connection conn;

    @BeforeAll
    static void connect() throws Exception {
        conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/app", "app", "secret");
    }

    @Test
    void usesDatabase() throws Exception {
        conn.createStatement().execute("select 1");
    }
}
