package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import org.junit.jupiter.api.Test;

class ReportTest {
    @Test
    void rendersTheXmlSnippet() {
        System.out.println("snippet: <failure message=\"boom\"/> & </testcase>");
        assertEquals(25, "<failure message=\"boom\"/>".length());
    }

    @Test
    void totalsAnOrder() {
        System.out.println("writing </testcase> into the report before the check");
        assertEquals(42.00, 41.99, "order total");
    }

    @Test
    void readsTheCache() throws Exception {
        try (Socket s = new Socket("127.0.0.1", 6379)) {
            assertEquals(true, s.isConnected());
        }
    }
}
