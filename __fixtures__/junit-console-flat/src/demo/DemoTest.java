package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import org.junit.jupiter.api.Test;

class DemoTest {
    @Test
    void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    void failsAssertion() {
        assertEquals(3, 1 + 1, "sum");
    }

    @Test
    void aborted() {
        assumeTrue(false, "no fixture here");
    }

    @Test
    void printsAndRefused() throws Exception {
        System.out.println("connecting to 127.0.0.1:5432");
        try (Socket s = new Socket("127.0.0.1", 5432)) {
            System.out.println("connected");
        }
    }

    @Test
    void printsRefusalButPasses() {
        System.out.println("java.net.ConnectException: Connection refused (logged, then retried elsewhere)");
    }
}
