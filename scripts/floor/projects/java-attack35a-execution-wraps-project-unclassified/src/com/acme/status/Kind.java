package com.acme.status;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
// The bug: the IDE's auto-import picked RMI's ConnectException where java.net.ConnectException was meant,
// so a refused connection is no kind's and is thrown as Unclassified.
import java.rmi.ConnectException;

/** What a dependency's probe met. */
public enum Kind {
    UP, DOWN, TIMEOUT, UNKNOWN_HOST;

    static Kind of(IOException e) {
        if (e instanceof ConnectException) return DOWN;
        if (e instanceof SocketTimeoutException) return TIMEOUT;
        if (e instanceof UnknownHostException) return UNKNOWN_HOST;
        throw new Unclassified(e.toString());
    }
}
