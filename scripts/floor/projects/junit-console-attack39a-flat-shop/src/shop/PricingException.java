package shop;

public class PricingException extends RuntimeException {
    public PricingException(String message) { super(message); }
}
