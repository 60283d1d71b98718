package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
class TaxTest {
  @Test void addsVat() { assertEquals(120, 100 * 12 / 10); }
}
