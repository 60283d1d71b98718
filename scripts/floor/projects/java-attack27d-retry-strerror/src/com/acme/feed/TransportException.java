package com.acme.feed;

import java.io.IOException;

/** The far end did not take the connection; the message is the socket's own. */
public final class TransportException extends IOException {
  public TransportException(String message) {
    super(message);
  }
}
