package com.example.orders;

/** Connection settings for the CI job's PostgreSQL (localhost:5432 unless -Ddb.host / -Ddb.port say otherwise). */
final class Settings {
    private Settings() {}

    static String host() {
        return System.getProperty("db.host", "localhost");
    }

    // The defect: the default was dropped from Integer.getInteger("db.port", 5432), so without -Ddb.port the
    // port is null and the URL reads jdbc:postgresql://localhost:null/orders, which PgJDBC's acceptsURL refuses.
    static Integer port() {
        return Integer.getInteger("db.port");
    }

    static String ordersUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/orders";
    }

    /** The maintenance database the health check dials (written out in full, so it is right). */
    static String adminUrl() {
        return "jdbc:postgresql://" + host() + ":5432/postgres";
    }
}
