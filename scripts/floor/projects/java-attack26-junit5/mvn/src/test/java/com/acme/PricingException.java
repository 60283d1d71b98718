package com.acme;
public class PricingException extends RuntimeException {
  public PricingException() { super(); }
  public PricingException(String m) { super(m); }
}
