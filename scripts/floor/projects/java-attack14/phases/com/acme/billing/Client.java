package com.acme.billing;

/** A billing client (a customer account). */
public class Client {
  private final String id;
  private final String name;
  private final String vatId;

  public Client(String id, String name, String vatId) {
    this.id = id;
    this.name = name;
    this.vatId = vatId;
  }

  public String id() { return id; }
  public String displayName() { return name + " (" + vatId + ")"; }
}
