package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CacheHealthTest {
    @Test
    void cacheAnswersPing() throws Exception {
        try (Socket s = new Socket("localhost", 6379)) {
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] buf = new byte[7];
            InputStream in = s.getInputStream();
            int n = in.read(buf);
            assertEquals("+PONG\r\n", new String(buf, 0, n, StandardCharsets.US_ASCII));
        }
    }
}
