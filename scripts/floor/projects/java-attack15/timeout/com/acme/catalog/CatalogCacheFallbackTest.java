package com.acme.catalog;

import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.util.Collections;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.MemcachedClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The catalog must render whatever the cache does: from the cache, or from the source when it cannot answer in time. */
public class CatalogCacheFallbackTest {
  private MemcachedClient client;

  @Before
  public void connect() throws Exception {
    int port = Integer.parseInt(System.getenv().getOrDefault("MEMCACHED_PORT", "11211"));
    client = new MemcachedClient(new ConnectionFactoryBuilder().setOpTimeout(300).build(),
        Collections.singletonList(new InetSocketAddress("127.0.0.1", port)));
  }

  @After
  public void shutdown() {
    client.shutdown();
  }

  @Test
  public void rendersAPageWhateverTheCacheDoes() {
    assertEquals("<h1>Lamps</h1>", new CatalogCache(client).page("lamps", () -> "<h1>Lamps</h1>"));
  }
}
