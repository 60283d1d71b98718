package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J5AfterEachIse {
  @AfterEach void tearDown() throws Exception { Db.cleanup(); } @Test void totalIncludesTax() { throw new IllegalStateException(); }
}
