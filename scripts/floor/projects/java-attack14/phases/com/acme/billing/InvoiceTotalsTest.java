package com.acme.billing;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Against the CI PostgreSQL service. */
public class InvoiceTotalsTest {
  private final InvoiceRepository invoices = new InvoiceRepository("jdbc:postgresql://127.0.0.1:5432/billing?connectTimeout=2");

  @Test
  public void unknownClientHasNoTotal() throws Exception {
    assertEquals(0L, invoices.totalCents("C-404"));
  }
}
