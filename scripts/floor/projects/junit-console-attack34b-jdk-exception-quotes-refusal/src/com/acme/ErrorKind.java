package com.acme;

/** Sorts a client's logged error text into the kinds the alerting rules know. */
public enum ErrorKind {
    UNREACHABLE, TIMEOUT;

    public static ErrorKind of(String error) {
        String e = error.toLowerCase();
        if (e.contains("timed out")) return TIMEOUT;
        // BUG: the PR replaced "connection refused" with the JDK's class name, which the logged text starts with in upper case
        if (e.contains("java.net.ConnectException")) return UNREACHABLE;
        // A text no kind matches is thrown, so a new client message is noticed rather than dropped.
        throw new IllegalStateException(error);
    }
}
