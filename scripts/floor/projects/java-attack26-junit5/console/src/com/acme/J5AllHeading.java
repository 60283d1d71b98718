package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J5AllHeading {
  @Test void totalIncludesTax() { assertAll("order", () -> { throw new IllegalStateException(); }, () -> Db.cleanup()); }
}
