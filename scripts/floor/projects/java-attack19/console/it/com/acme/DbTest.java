package com.acme;
import java.sql.*;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
class DbTest {
  static Connection conn;
  @BeforeAll static void open() throws Exception { conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/shop", "shop", "shop"); }
  @Test void countsOrders() throws Exception { assertNotNull(conn); }
}
