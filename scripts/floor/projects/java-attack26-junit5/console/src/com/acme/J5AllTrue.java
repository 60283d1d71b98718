package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J5AllTrue {
  @Test void totalIncludesTax() { assertAll(() -> assertTrue(10 == 12), () -> Db.cleanup()); }
}
