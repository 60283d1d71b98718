package com.example.orders;

/** Where the CI job's database is: db.vendor / db.host / db.port system properties, local defaults. */
final class Settings {
    private Settings() {}

    static Vendor vendor() { return Vendor.valueOf(System.getProperty("db.vendor", "POSTGRESQL")); }

    static String host() { return System.getProperty("db.host", "localhost"); }

    static int port() { return Integer.getInteger("db.port", vendor().defaultPort); }

    /** The server's own maintenance database, for the health check. */
    static String adminUrl() { return "jdbc:postgresql://" + host() + ":" + port() + "/postgres"; }

    /** The reports database. The defect: the enum's name is upper case, JDBC protocols are not (vendor().name().toLowerCase()). */
    static String reportsUrl() { return "jdbc:" + vendor().name() + "://" + host() + ":" + port() + "/postgres"; }
}
