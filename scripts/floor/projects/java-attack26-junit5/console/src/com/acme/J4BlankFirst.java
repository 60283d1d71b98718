package com.acme;
import org.junit.*;
import static org.junit.Assert.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J4BlankFirst {
  @After public void tearDown() throws Exception { Db.cleanup(); }
  @Test public void totalIncludesTax() throws Exception { throw new IllegalStateException("\ntotal 10 != 12"); }
}
