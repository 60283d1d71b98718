package com.acme;

import static org.junit.Assert.assertEquals;
import org.junit.Test;

public class PriceTest {
    @Test
    public void parsesCents() {
        assertEquals(1250, Price.parse("12.50"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsACommaPrice() {
        Price.parse("12,50");
    }
}
