package com.acme.catalog;

import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.util.Collections;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.MemcachedClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** A cache node that is down must not take the catalog down: 11299 is a port nothing listens on. */
public class CatalogCacheFallbackTest {
  private MemcachedClient deadNode;

  @Before
  public void connectToDeadNode() throws Exception {
    deadNode = new MemcachedClient(new ConnectionFactoryBuilder().setOpTimeout(300).build(),
        Collections.singletonList(new InetSocketAddress("127.0.0.1", 11299)));
  }

  @After
  public void shutdown() {
    deadNode.shutdown();
  }

  @Test
  public void servesFromSourceWhenCacheNodeIsDown() {
    assertEquals("<h1>Lamps</h1>", new CatalogCache(deadNode).page("lamps", () -> "<h1>Lamps</h1>"));
  }
}
