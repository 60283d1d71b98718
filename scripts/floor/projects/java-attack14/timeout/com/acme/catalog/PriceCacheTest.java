package com.acme.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collections;
import net.spy.memcached.MemcachedClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Against the CI memcached service (MEMCACHED_PORT). */
public class PriceCacheTest {
  private MemcachedClient client;
  private PriceCache prices;

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
