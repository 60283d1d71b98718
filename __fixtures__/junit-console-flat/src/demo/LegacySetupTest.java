package demo;

import java.net.Socket;
import org.junit.BeforeClass;
import org.junit.Test;

public class LegacySetupTest {
    @BeforeClass
    public static void connect() throws Exception {
        new Socket("127.0.0.1", 6379).close();
    }

    @Test
    public void usesRedis() {
    }
}
