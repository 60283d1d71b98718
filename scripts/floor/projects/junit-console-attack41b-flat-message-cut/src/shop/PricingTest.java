package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PricingTest {
    @ParameterizedTest
    @ValueSource(longs = {100,200,300,400,500,600,700,800,90,1000,1100,15,25,35,45,55})
    @Order(0)
    void zeroDiscountKeepsPricesExact(long cents) {
        assertEquals(cents, Pricing.discounted(cents, 0));
    }

    @Test
    @Order(1)
    void appliesDiscount() {
        assertEquals(8000, Pricing.discounted(10000, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sku-1","sku-2","sku-3"})
    @Order(2)
    void fallsBackWithoutCache(String sku) {
        assertEquals(1999, Pricing.cachedPrice(sku));
    }
}
