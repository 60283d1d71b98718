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
    @ValueSource(longs = {100,200,300,400,500,600,700,800,900,1000,1100,1200,1300,1400,1500,1600})
    @Order(0)
    void zeroDiscountKeepsPriceExact(long cents) {
        assertEquals(cents, Pricing.discounted(cents, 0));
    }

    @Test
    @Order(1)
    void appliesDiscount() {
        assertEquals(8000, Pricing.discounted(10000, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sku-1","sku-2","sku-3","sku-4","sku-5","sku-6","sku-7","sku-8","sku-9","sku-10","sku-11","sku-12","sku-13","sku-14","sku-15","sku-16","sku-17","sku-18","sku-19","sku-20","sku-21","sku-22","sku-23","sku-24","sku-25","sku-26","sku-27","sku-28","sku-29","sku-30"})
    @Order(2)
    void fallsBackWithoutCache(String sku) {
        assertEquals(1999, Pricing.cachedPrice(sku));
    }
}
