package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
public class OrderTest {
  @Test void totalIncludesTax() {
    assertAll(() -> { throw new IllegalStateException("\ntotal 10 != 12"); }, () -> Db.cleanup());
  }
}
