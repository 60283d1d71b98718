package app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A RESP server of the tests' own on a free port: answers +OK and remembers every command. */
final class FakeRedis implements AutoCloseable {
    private final ServerSocket server;
    final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());

    FakeRedis() throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(this::serve, "fake-redis");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        try (Socket s = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                int n = Integer.parseInt(line.substring(1));
                List<String> command = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    in.readLine();
                    command.add(in.readLine());
                }
                commands.add(command);
                out.write("+OK\r\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException ignored) {
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
