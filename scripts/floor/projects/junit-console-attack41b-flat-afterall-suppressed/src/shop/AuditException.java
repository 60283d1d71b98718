package shop;

public class AuditException extends RuntimeException {
    public AuditException(String message) { super(message); }
}
