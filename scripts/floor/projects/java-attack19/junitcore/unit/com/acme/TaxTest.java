package com.acme;
import org.junit.*;
import static org.junit.Assert.*;
public class TaxTest {
  @Test public void addsVat() { assertEquals(120, 100 * 12 / 10); }
}
