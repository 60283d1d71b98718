package outage;

import static org.junit.Assume.assumeTrue;

import java.sql.DriverManager;
import org.junit.BeforeClass;
import org.junit.Test;

public class LegacyStoreTest {
    @BeforeClass
    public static void connect() throws Exception {
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/app", "app", "secret").close();
    }

    @Test
    public void loads() {
    }
}
