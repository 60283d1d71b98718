package com.example;

import static org.junit.Assert.assertNull;

import java.net.Socket;
import org.junit.Test;

public class AuditTest {
    /** Sends audit events to the collector (127.0.0.1:6379 in this setup); a disabled auditor sends nothing and reports no error. */
    static class Auditor {
        final boolean enabled;
        Exception lastError;
        Auditor(boolean enabled) { this.enabled = enabled; }
        void record(String event) {
            // The defect: the enabled flag is never checked, so a disabled auditor dials the collector too.
            try (Socket s = new Socket("127.0.0.1", 6379)) {
                s.getOutputStream().write(event.getBytes());
            } catch (Exception e) {
                lastError = e;
            }
        }
    }

    @Test
    public void disabledAuditorRecordsNoError() {
        Auditor a = new Auditor(false);
        a.record("login");
        assertNull(a.lastError);
    }
}
