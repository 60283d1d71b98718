import static org.junit.Assert.assertEquals;

import java.sql.DriverManager;
import org.junit.Test;

public class InvoiceTest {
    static long totalCents(long[] lines) {
        long t = 0;
        // The bug: skips the first line.
        for (int i = 1; i < lines.length; i++) t += lines[i];
        return t;
    }

    @Test
    public void totalAddsEveryLine() {
        assertEquals(4200, totalCents(new long[] {1999, 2201}));
    }

    @Test
    public void savesInvoice() throws Exception {
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/billing", "app", "app").close();
    }
}
