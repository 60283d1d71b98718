package shop;

import java.io.IOException;
import java.net.Socket;

public class Pricing {
    /** Applies a percentage discount (0-100) to a price in cents. */
    public static long discounted(long cents, int percent) {
        if (percent < 0 || percent > 10) throw new InvalidDiscount();
        return cents - cents * percent / 100;
    }

    /** Looks the price up in the Redis cache, falling back to computing it. */
    public static long cachedPrice(String sku) {
        try (Socket s = new Socket("127.0.0.1", 6379)) {
            return 1999; // stub: every SKU is cached at its list price
        } catch (IOException e) {
            e.printStackTrace();
            return 1999;
        }
    }
}
