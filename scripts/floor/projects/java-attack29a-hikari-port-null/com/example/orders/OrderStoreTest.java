package com.example.orders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.Test;

public class OrderStoreTest {
    @Test
    public void databaseAnswers() throws Exception {
        try (Connection c = DriverManager.getConnection(Settings.adminUrl(), "postgres", "postgres")) {
            assertTrue(c.isValid(2));
        }
    }

    @Test
    public void countsNoOrdersInAFreshDatabase() throws Exception {
        try (OrderStore store = new OrderStore(Settings.ordersUrl())) {
            assertEquals(0L, store.count());
        }
    }
}
