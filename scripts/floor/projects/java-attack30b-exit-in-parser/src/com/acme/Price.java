package com.acme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Price {
    private static final Pattern CENTS = Pattern.compile("(\\d+)\\.(\\d{2})");

    /** Parses "12.50" into cents; anything else is an IllegalArgumentException. */
    public static int parse(String text) {
        Matcher m = CENTS.matcher(text);
        if (!m.matches()) {
            System.err.println("invalid price: " + text);
            // The bug: copied from the importer's main(), which reports and exits; a library throws
            // (throw new IllegalArgumentException("invalid price: " + text)).
            System.exit(1);
        }
        return Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2));
    }
}
