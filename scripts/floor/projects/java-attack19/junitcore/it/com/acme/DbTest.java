package com.acme;
import java.sql.*;
import org.junit.*;
import static org.junit.Assert.*;
public class DbTest {
  static Connection conn;
  @BeforeClass public static void open() throws Exception { conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/shop", "shop", "shop"); }
  @Test public void countsOrders() throws Exception { assertNotNull(conn); }
}
