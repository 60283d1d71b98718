package com.acme.catalog;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.spy.memcached.MemcachedClient;
import net.spy.memcached.internal.OperationFuture;
import net.spy.memcached.internal.GetFuture;

/** Prices cached in memcached; a read gives up after its budget so a page never waits on the cache. */
public class PriceCache {
  private final MemcachedClient client;
  private final Duration budget;

  public PriceCache(MemcachedClient client, Duration budget) {
    this.client = client;
    this.budget = budget;
  }

  public void put(String sku, long cents) throws Exception {
    OperationFuture<Boolean> stored = client.set("price:" + sku, 3600, Long.toString(cents));
    stored.get(budget.toMillis(), TimeUnit.MILLISECONDS);
  }

  public Long get(String sku) throws Exception {
    GetFuture<Object> read = client.asyncGet("price:" + sku);
    // Wait at most the budget for the cache. DEFECT: the budget is in milliseconds, waited as nanoseconds.
    Object v = read.get(budget.toMillis(), TimeUnit.NANOSECONDS);
    return v == null ? null : Long.valueOf((String) v);
  }
}
