package com.example.orders;

/** The databases the reports can run against, with their default ports. */
enum Vendor {
    POSTGRESQL(5432), MYSQL(3306);

    final int defaultPort;

    Vendor(int defaultPort) { this.defaultPort = defaultPort; }
}
