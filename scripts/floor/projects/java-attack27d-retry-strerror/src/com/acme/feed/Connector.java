package com.acme.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.IntConsumer;

/** Opens a TCP connection to a feed server, trying again after a refusal, {@code attempts} times in all. */
public final class Connector {
  private final String host;
  private final int port;
  private final int attempts;
  private final IntConsumer pause;

  public Connector(String host, int port, int attempts, IntConsumer pause) {
    this.host = host;
    this.port = port;
    this.attempts = attempts;
    this.pause = pause;
  }

  public Socket connect() throws IOException {
    TransportException last = null;
    for (int attempt = 1; attempt < attempts; attempt++) { // the defect (floor): one attempt short (<= attempts)
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(host, port), 1000);
        return socket;
      } catch (ConnectException e) {
        socket.close();
        last = new TransportException(e.getMessage());
        pause.accept(attempt);
      }
    }
    throw last;
  }
}
