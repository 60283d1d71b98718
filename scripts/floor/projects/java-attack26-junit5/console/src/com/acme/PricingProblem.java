package com.acme;
public class PricingProblem extends RuntimeException { public PricingProblem(String m) { super(m); } }
