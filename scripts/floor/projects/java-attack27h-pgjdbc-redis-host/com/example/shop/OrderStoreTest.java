package com.example.shop;

import org.junit.Test;

public class OrderStoreTest {
    @Test
    public void savesAnOrder() throws Exception {
        new OrderStore().save(1, 12.5);
    }
}
