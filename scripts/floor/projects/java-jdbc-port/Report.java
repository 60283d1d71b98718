import java.sql.Connection;
import java.sql.DriverManager;

// Prints the monthly report from the database. (The port is a typo in the code: 5433.)
public class Report {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5433/reports";
        try (Connection c = DriverManager.getConnection(url, "app", "app")) {
            System.out.println("connected: " + c.getMetaData().getDatabaseProductName());
        }
    }
}
