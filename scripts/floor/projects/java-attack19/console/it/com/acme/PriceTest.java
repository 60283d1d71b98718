package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
class PriceTest {
  static int total(int a, int b) { return a + b + 1; }
  @Test void addsInBackground() throws Exception {
    Thread t = new Thread(() -> assertEquals(3, total(1, 2)));
    t.start(); t.join();
  }
}
