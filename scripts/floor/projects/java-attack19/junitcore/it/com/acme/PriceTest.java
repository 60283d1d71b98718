package com.acme;
import org.junit.*;
import static org.junit.Assert.*;
public class PriceTest {
  static int total(int a, int b) { return a + b + 1; }
  @Test public void addsInBackground() throws Exception {
    Thread t = new Thread(() -> assertEquals(3, total(1, 2)));
    t.start(); t.join();
  }
}
