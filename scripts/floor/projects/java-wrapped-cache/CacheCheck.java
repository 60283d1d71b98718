import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

// Starts the cache client as the service does on boot.
public class CacheCheck {
    static class CacheClient {
        final Socket socket = new Socket();
        CacheClient(String host, int port) {
            try {
                socket.connect(new InetSocketAddress(host, port), 2000);
            } catch (IOException e) {
                throw new IllegalStateException("cache client failed to start against " + host + ":" + port, e);
            }
        }
    }

    public static void main(String[] args) {
        // The configured port is 6380 (a second instance that is not part of this deployment).
        new CacheClient("127.0.0.1", 6380);
        System.out.println("cache ok");
    }
}
