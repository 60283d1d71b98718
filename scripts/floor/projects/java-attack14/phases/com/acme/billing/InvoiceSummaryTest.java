package com.acme.billing;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ErrorCollector;

/** Every part of the invoice summary is checked, and every part that fails is reported at once. */
public class InvoiceSummaryTest {
  @Rule
  public final ErrorCollector collector = new ErrorCollector();

  private final ClientDirectory clients = new ClientDirectory();
  private final InvoiceRepository invoices = new InvoiceRepository("jdbc:postgresql://127.0.0.1:5432/billing?connectTimeout=2");

  @Test
  public void summaryParts() {
    clients.add(new Client("C-1", "Lumen Lamps", "DE811"));
    collector.checkSucceeds(() -> invoices.totalCents("C-1"));
    collector.checkSucceeds(() -> clients.find("C-1").displayName());
  }
}
