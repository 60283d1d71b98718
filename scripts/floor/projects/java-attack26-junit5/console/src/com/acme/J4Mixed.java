package com.acme;
import org.junit.*;
public class J4Mixed {
  @Before public void setUp() throws Exception { }
  @After public void tearDown() throws Exception { Db.cleanup(); }
  @Test public void savesOrder() throws Exception { Db.cleanup(); }
  @Test public void loadsOrder() throws Exception { Db.cleanup(); }
  @Test public void totalIncludesTax() { throw new PricingException("total 10 != 12"); }
}
