package com.example.shop;

/** Connection settings for the CI job's services (docker compose names: postgres, redis). */
final class Settings {
    private Settings() {}

    static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    // The defect: the database's host was copied from the cache's line and still reads REDIS_HOST / "redis".
    static String databaseUrl() {
        return "jdbc:postgresql://" + env("REDIS_HOST", "redis") + ":5432/app";
    }

    static String cacheHost() {
        return env("REDIS_HOST", "redis");
    }
}
