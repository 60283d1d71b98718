package com.acme.billing;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Against the CI PostgreSQL service, as a signed-in clerk. */
public class InvoiceEditTest {
  private BillingSession session;
  private Connection conn;

  @Before
  public void signInAndConnect() throws Exception {
    BillingSession session = BillingSession.signIn("clerk-1"); // DEFECT: a local shadows the field, which stays null.
    conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/billing?connectTimeout=2", "postgres", "postgres");
  }

  @After
  public void signOut() throws Exception {
    session.signOut();
    if (conn != null) conn.close();
  }

  @Test
  public void editsAreSignedByTheClerk() throws Exception {
    assertEquals("clerk-1", session.clerk());
  }
}
