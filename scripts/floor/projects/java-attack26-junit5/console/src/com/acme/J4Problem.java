package com.acme;
import org.junit.*;
public class J4Problem {
  @After public void tearDown() throws Exception { Db.cleanup(); }
  @Test public void totalIncludesTax() { throw new PricingProblem("total 10 != 12"); }
}
