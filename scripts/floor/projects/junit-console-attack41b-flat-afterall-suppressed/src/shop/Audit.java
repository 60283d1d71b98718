package shop;

import java.util.ArrayList;
import java.util.List;

/** Audit entries kept in memory until flushed; flush() copies them to the audit trail and checks it got them all. */
public class Audit {
    private static final List<String> pending = new ArrayList<>();
    private static final List<String> trail = new ArrayList<>();

    public static void record(String entry) { pending.add(entry); }

    public static List<String> trail() { return trail; }

    public static void flush() {
        int before = trail.size();
        for (int i = 1; i < pending.size(); i++) trail.add(pending.get(i));
        int missing = pending.size() - (trail.size() - before);
        if (missing != 0) throw new AuditException(missing + " audit entries were not written");
        pending.clear();
    }
}
