package com.acme.orders.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.orders.OrderRepository;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {
    @Test
    void customerOfReadsTheOrder() throws Exception {
        // A remembered order never reaches the database: no connection needed.
        OrderRepository repo = new OrderRepository(null);
        repo.remember(7, "ada");
        assertEquals("ada", repo.customerOf(7));
    }
}
