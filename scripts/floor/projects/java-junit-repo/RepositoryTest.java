import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

public class RepositoryTest {
    static class RepositoryException extends RuntimeException {
        RepositoryException(String m, Throwable cause) { super(m, cause); }
    }

    static Connection open() {
        try {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5433/orders", "app", "app");
        } catch (SQLException e) {
            throw new RepositoryException("could not open the orders repository", e);
        }
    }

    static String region(Map<String, String> customer) {
        // The bug: an unknown country is not handled.
        return customer.get("country").equals("DE") ? "eu" : "other";
    }

    @Test
    public void findsOrders() throws Exception {
        open().close();
    }

    @Test
    public void regionOfCustomerWithoutCountry() {
        assertEquals("other", region(new HashMap<>()));
    }
}
