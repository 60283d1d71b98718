import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class AuditTest {
  /** Writes audit lines to the audit service (127.0.0.1:5672) and counts them when closed. */
  static final class AuditLog implements AutoCloseable {
    private final List<String> pending = new ArrayList<>();
    private int written;

    void write(String line) throws IOException {
      pending.add(line);
      try (Socket s = new Socket("127.0.0.1", 5672)) {
        written++;
      }
    }

    @Override
    public void close() {
      // The defect: write() never clears pending, so closing after any write throws.
      if (pending.size() != 0) {
        throw new IllegalStateException(pending.size() + " audit lines were never flushed");
      }
    }
  }

  @Test
  public void writesOneLine() throws Exception {
    try (AuditLog log = new AuditLog()) {
      log.write("opened account 42");
      assertEquals(1, log.written);
    }
  }

  @Test
  public void countsNothingWhenEmpty() {
    try (AuditLog log = new AuditLog()) {
      assertEquals(0, log.written);
    }
  }
}
