package com.acme;

import static org.junit.Assert.assertTrue;
import org.junit.Test;

public class HealthTest {
    @Test
    public void reportsUpOrDown() {
        String url = System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://localhost:5432/orders?connectTimeout=1");
        assertTrue(Health.database(url).matches("up|down"));
    }
}
