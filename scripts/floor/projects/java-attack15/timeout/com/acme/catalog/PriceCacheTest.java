package com.acme.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Collections;
import net.spy.memcached.MemcachedClient;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Against the CI memcached service (MEMCACHED_PORT). */
public class PriceCacheTest {
  private MemcachedClient client;
  private PriceCache prices;

  /** The CI service may still be starting: wait for it to accept connections (at most 10 s). */
  @BeforeClass
  public static void waitForMemcached() throws Exception {
    int port = Integer.parseInt(System.getenv().getOrDefault("MEMCACHED_PORT", "11211"));
    for (int i = 0; i < 100; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        System.out.println("memcached accepts connections on 127.0.0.1:" + port);
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("memcached never came up on port " + port);
  }

  @Before
  public void connect() throws Exception {
    int port = Integer.parseInt(System.getenv().getOrDefault("MEMCACHED_PORT", "11211"));
    client = new MemcachedClient(Collections.singletonList(new InetSocketAddress("127.0.0.1", port)));
    prices = new PriceCache(client, Duration.ofMillis(250));
  }

  @After
  public void shutdown() {
    client.shutdown();
  }

  @Test
  public void storesAPrice() throws Exception {
    prices.put("lamp-1", 4999);
    assertEquals("4999", client.get("price:lamp-1"));
  }

  @Test
  public void readsBackAStoredPrice() throws Exception {
    prices.put("lamp-2", 1299);
    assertEquals(Long.valueOf(1299), prices.get("lamp-2"));
  }
}
