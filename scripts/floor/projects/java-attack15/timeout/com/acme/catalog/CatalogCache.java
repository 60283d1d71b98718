package com.acme.catalog;

import java.util.function.Supplier;
import net.spy.memcached.MemcachedClient;

/** Catalog pages from memcached, falling back to the source when the cache cannot answer. */
public class CatalogCache {
  private final MemcachedClient client;

  public CatalogCache(MemcachedClient client) {
    this.client = client;
  }

  public String page(String id, Supplier<String> source) {
    try {
      Object cached = client.get("page:" + id);
      if (cached != null) return (String) cached;
    } catch (RuntimeException e) {
      System.err.println("WARN catalog cache read failed, serving page " + id + " from source: " + e);
    }
    return source.get();
  }
}
