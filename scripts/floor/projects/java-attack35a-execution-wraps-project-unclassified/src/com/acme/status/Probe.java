package com.acme.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Probes a dependency on the status page's executor. */
public final class Probe {
    private Probe() {}

    public static Future<Kind> probe(ExecutorService executor, String host, int port) {
        return executor.submit(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return Kind.UP;
            } catch (IOException e) {
                return Kind.of(e);
            }
        });
    }
}
