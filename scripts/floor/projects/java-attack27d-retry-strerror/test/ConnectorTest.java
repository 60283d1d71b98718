import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import com.acme.feed.Connector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** Loopback servers stand in for the feed: the test needs no service. */
public class ConnectorTest {
  private final List<ServerSocket> servers = new ArrayList<>();

  private ServerSocket listen(int port) {
    try {
      ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      servers.add(server);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A loopback port nothing listens on: a server is opened on it and closed again. */
  private static int freePort() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return server.getLocalPort();
    }
  }

  @After
  public void closeServers() throws IOException {
    for (ServerSocket server : servers) server.close();
  }

  @Test
  public void connectsAtOnceWhenTheServerListens() throws IOException {
    int port = listen(0).getLocalPort();
    try (Socket socket = new Connector("127.0.0.1", port, 3, attempt -> fail("no pause expected")).connect()) {
      assertEquals(port, socket.getPort());
    }
  }

  @Test
  public void triesAgainAfterARefusalUpToItsAttempts() throws IOException {
    int port = freePort();
    List<Integer> pauses = new ArrayList<>();
    // The server starts listening after the second refusal: the third attempt connects.
    Connector connector = new Connector("127.0.0.1", port, 3, attempt -> {
      pauses.add(attempt);
      if (attempt == 2) listen(port);
    });
    try (Socket socket = connector.connect()) {
      assertEquals(List.of(1, 2), pauses);
    }
  }
}
