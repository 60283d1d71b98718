package outage;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportTest {
    static Connection conn;

    @BeforeAll
    static void connect() throws Exception {
        System.out.println("connecting once for the class");
        conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/app", "app", "secret");
    }

    @Test
    void countsRows() throws Exception {
        conn.createStatement().execute("select count(*) from t");
    }
}
