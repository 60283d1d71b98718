package outage;

import static org.junit.Assume.assumeTrue;

import org.junit.Test;

public class LegacyAssumeTest {
    @Test
    public void needsFlag() {
        assumeTrue("needs the FLAG variable", System.getenv("FLAG_THAT_IS_NOT_SET") != null);
    }

    @Test
    public void plain() {
    }
}
