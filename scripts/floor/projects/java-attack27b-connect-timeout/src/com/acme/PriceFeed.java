package com.acme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Reads the latest price from the upstream feed (one line a request); falls back to the last price it saw. */
public class PriceFeed {
  private final String host;
  private final int port;
  private final int connectTimeoutMs;
  private String lastPrice;

  public PriceFeed(String host, int port, int connectTimeoutMs, String lastPrice) {
    this.host = host;
    this.port = port;
    this.connectTimeoutMs = connectTimeoutMs;
    this.lastPrice = lastPrice;
  }

  public String latest(String symbol) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
      socket.setSoTimeout(connectTimeoutMs);
      OutputStream out = socket.getOutputStream();
      out.write(("PRICE " + symbol + "\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      lastPrice = in.readLine();
      return lastPrice;
    } catch (ConnectException e) { // the defect (floor): a connect timeout is a SocketTimeoutException, not a ConnectException
      // The feed is down: serve the last price we saw.
      return lastPrice;
    }
  }
}
