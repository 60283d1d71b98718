package outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class StoreTest {
    @Test
    void parsesKeys() {
        System.out.println("parsing keys without a database");
        assertEquals("a", "a");
    }

    @Test
    void onlyOnLinux() {
        assumeTrue(System.getProperty("os.name").startsWith("Plan9"), "needs Plan9");
    }

    @Test
    void savesRow() throws Exception {
        System.out.println("opening jdbc:postgresql://127.0.0.1:5432/app");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/app", "app", "secret")) {
            c.createStatement().execute("insert into t values (1)");
        }
    }
}
