package app;

/** Feature flags kept in Redis under flag:<name>. */
public final class FeatureFlags {
    private final RespClient redis;

    public FeatureFlags(RespClient redis) {
        this.redis = redis;
    }

    public void enable(String flag) throws InterruptedException {
        String reply = redis.call("SET", "flag:" + flag, "1");
        if (!reply.equals("+OK")) throw new IllegalStateException("SET answered " + reply);
    }
}
