package shop;

/** A discount outside 0-100%. */
public class InvalidDiscount extends RuntimeException {
}
