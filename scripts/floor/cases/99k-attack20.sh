# A twentieth attacker's review (f709dad: after a marker whose event is `end` a later pass or
# details marker no longer drops what came since; cc9f236: memcached lines read with their endpoint).
# Broken code that fails with its service up too: a test times out on the code's own 3 s wait,
# and the NEXT test, which passes, logs the refusal its health check expects. Under node:test's
# spec reporter the failing `✖` line stays open, so the passing test's logged refusal (printed
# before its `✔`) lands in the timed-out test, which then "failed for that reason alone".
# Nothing listens on 5432; the refusal is a real connect() refused by the kernel. Sourced by generate.sh.

K=timed-out-test
record $K node-test-spec-timeout-then-passing-logged-refusal node-test node code high node-attack20 \
  'node --test --test-reporter=spec test/' \
  "drains an empty queue times out (200 ms) because drain() waits for a 3 s poll instead of resolving an empty queue: a code defect, with the database up too. The next test, 'health reports down when db is unreachable', passes and console.errors the ECONNREFUSED 127.0.0.1:5432 it expects. The spec reporter prints that log after '✖ drains an empty queue' and before '✔ health reports ...': it is read as the timed-out test's own, infrastructure/high [postgresql] (f709dad and before; the TAP reporter gives code/ambiguous)."
