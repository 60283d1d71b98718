package com.acme.status;

/** An I/O failure the status page has no kind for: it carries the failure's text, shown as is to the operator. */
public final class Unclassified extends RuntimeException {
    public Unclassified(String text) {
        super(text);
    }
}
