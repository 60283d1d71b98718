package app;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.Test;

public class FeatureFlagsTest {
    @Test
    public void enableStoresTheFlag() throws Exception {
        try (FakeRedis fake = new FakeRedis(); RespClient client = new RespClient("127.0.0.1", fake.port())) {
            new FeatureFlags(client).enable("dark-mode");
            assertEquals(Collections.singletonList(Arrays.asList("SET", "flag:dark-mode", "1")), fake.commands);
        }
    }
}
