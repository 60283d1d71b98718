package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderExportTest {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/shop";
  private Connection conn;
  // opened by the report test only
  private Connection reportConn;

  @BeforeEach
  void open() throws Exception {
    conn = DriverManager.getConnection(URL, "app", "");
  }

  @AfterEach
  void closeAll() throws Exception {
    // bug: reportConn is null unless the report test ran
    reportConn.close();
    if (conn != null) conn.close();
  }

  @Test
  void exportsOpenOrders() throws Exception {
    try (ResultSet rs = conn.createStatement().executeQuery("select count(*) from orders")) {
      assertTrue(rs.next());
    }
  }

  @Test
  void exportsTheMonthlyReport() throws Exception {
    reportConn = DriverManager.getConnection(URL, "report", "");
    try (ResultSet rs = reportConn.createStatement().executeQuery("select count(*) from monthly_report")) {
      assertTrue(rs.next());
    }
  }
}
