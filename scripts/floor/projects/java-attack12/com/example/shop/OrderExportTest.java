package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderExportTest {
  private Connection conn;
  private PaymentClient client;

  @BeforeEach
  void open() throws Exception {
    // bug: a local variable shadows the field, so closeAll() finds this.client null
    PaymentClient client = new PaymentClient("http://127.0.0.1:8089");
    conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/shop", "app", "");
  }

  @AfterEach
  void closeAll() throws Exception {
    client.close();
    if (conn != null) conn.close();
  }

  @Test
  void exportsOpenOrders() throws Exception {
    try (ResultSet rs = conn.createStatement().executeQuery("select count(*) from orders")) {
      assertTrue(rs.next());
    }
  }
}
