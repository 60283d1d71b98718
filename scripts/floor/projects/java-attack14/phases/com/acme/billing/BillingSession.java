package com.acme.billing;

/** A signed-in billing clerk's session (audit trail of what they touched). */
public class BillingSession {
  private final String clerk;
  private boolean open = true;

  private BillingSession(String clerk) { this.clerk = clerk; }

  public static BillingSession signIn(String clerk) { return new BillingSession(clerk); }

  public String clerk() { return clerk; }

  public void signOut() {
    if (!open) throw new IllegalStateException("signed out twice");
    open = false;
  }
}
