package com.example.orders;

/** Where the CI job's PostgreSQL is: db.host / db.port system properties, local defaults. */
final class Settings {
    private Settings() {}

    static String host() { return System.getProperty("db.host", "localhost"); }

    static int port() { return Integer.getInteger("db.port", 5432); }

    /** The server's own maintenance database, for the health check. */
    static String adminUrl() { return "jdbc:postgresql://" + host() + ":" + port() + "/postgres"; }

    /** The orders database. The defect: the ':' after the protocol is missing ("jdbc:postgresql//..."). */
    static String ordersUrl() { return "jdbc:postgresql//" + host() + ":" + port() + "/postgres"; }
}
