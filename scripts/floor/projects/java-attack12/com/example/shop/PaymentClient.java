package com.example.shop;

/** The payment provider's client the order export posts settled orders to. */
public class PaymentClient implements AutoCloseable {
  private final String baseUrl;
  private boolean open = true;

  public PaymentClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    open = false;
  }
}
