package com.acme;
import java.sql.*;
public class Db {
  public static void cleanup() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/app", "app", "app")) {
      c.createStatement().execute("TRUNCATE orders");
    }
  }
}
