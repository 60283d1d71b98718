package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HassClientTest {
  private HttpServer fake;
  private HassClient client;

  @BeforeEach
  void startFakeHass() throws Exception {
    fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/api/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = path.startsWith("/api/states/")
          ? "{\"entity_id\":\"" + path.substring(12) + "\",\"state\":\"on\"}"
          : "[]";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    fake.start();
    client = new HassClient("t0ken", "http://127.0.0.1:" + fake.getAddress().getPort());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    fake.stop(0);
  }

  @Test
  void readsAnEntityState() throws Exception {
    assertEquals("{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}", client.state("light.kitchen"));
  }

  @Test
  void turnsAnEntityOn() throws Exception {
    assertEquals("[]", client.turnOn("switch.heater"));
  }
}
