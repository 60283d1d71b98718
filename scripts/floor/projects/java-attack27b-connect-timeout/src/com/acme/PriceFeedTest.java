package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class PriceFeedTest {
  @Test
  void readsThePriceFromTheFeed() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      Thread t = new Thread(() -> {
        try (Socket s = server.accept()) {
          new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
          new PrintWriter(s.getOutputStream(), true).println("101.5");
        } catch (Exception ignored) {
        }
      });
      t.start();
      PriceFeed feed = new PriceFeed("127.0.0.1", server.getLocalPort(), 500, "100.0");
      assertEquals("101.5", feed.latest("ACME"));
      t.join();
    }
  }

  @Test
  void fallsBackWhenTheFeedRefuses() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    PriceFeed feed = new PriceFeed("127.0.0.1", closed, 500, "100.0");
    assertEquals("100.0", feed.latest("ACME"));
  }

  @Test
  void fallsBackWhenTheFeedDoesNotAnswer() throws Exception {
    // 10.255.255.1 drops every packet: the connect can only time out.
    PriceFeed feed = new PriceFeed("10.255.255.1", 7001, 300, "100.0");
    assertEquals("100.0", feed.latest("ACME"));
  }
}
