package demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import org.junit.BeforeClass;
import org.junit.Test;

public class LegacyTest {
    @Test
    public void legacyAssumption() {
        assumeTrue("needs a flag", false);
    }

    @Test
    public void legacyFails() {
        assertEquals("a", "b");
    }
}
