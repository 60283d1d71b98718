package com.acme.status;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.After;
import org.junit.Test;

public class ProbeTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @After
    public void stop() {
        executor.shutdownNow();
    }

    // The status page's documented example: no Redis on the developer's machine or in CI, so the cache reads DOWN.
    @Test
    public void absentCacheIsDown() throws Exception {
        assertEquals(Kind.DOWN, Probe.probe(executor, "127.0.0.1", 6379).get());
    }
}
