package com.acme;
import org.junit.*;
import static org.junit.Assert.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J4AssertNullMsg {
  @After public void tearDown() throws Exception { Db.cleanup(); }
  @Test public void totalIncludesTax() throws Exception { assertNotNull(null); }
}
