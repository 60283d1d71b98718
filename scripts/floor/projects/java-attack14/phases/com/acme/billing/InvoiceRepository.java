package com.acme.billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Invoice totals from PostgreSQL. */
public class InvoiceRepository {
  private final String url;

  public InvoiceRepository(String url) {
    this.url = url;
  }

  public long totalCents(String clientId) throws Exception {
    try (Connection conn = DriverManager.getConnection(url, "postgres", "postgres");
         PreparedStatement st = conn.prepareStatement("select coalesce(sum(cents), 0) from invoices where client_id = ?")) {
      st.setString(1, clientId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
