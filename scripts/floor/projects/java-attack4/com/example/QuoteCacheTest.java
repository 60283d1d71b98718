package com.example;

import java.io.IOException;
import java.net.Socket;
import org.junit.Test;

public class QuoteCacheTest {
    static class CacheUnreachable extends RuntimeException {
        CacheUnreachable(Throwable cause) { super(cause); }
    }

    /** Quotes cached in redis (127.0.0.1:6379); an unreachable cache must surface as CacheUnreachable. */
    static int quote(String sku) throws IOException {
        // The defect: the IOException is not wrapped in CacheUnreachable.
        try (Socket s = new Socket("127.0.0.1", 6379)) {
            return s.getInputStream().read();
        }
    }

    @Test(expected = CacheUnreachable.class)
    public void unreachableCacheThrowsCacheUnreachable() throws IOException {
        quote("A1");
    }
}
