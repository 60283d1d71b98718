# A seventh attacker's review (bb4c1dc..a58d7b0: node:test's spec nesting, bun test and deno test
# as dialects). Each log is broken code; nothing listens on 5432, and every refusal is a real
# connect() refused by the kernel. Sourced by generate.sh.

# cargo's progress line `test x ... FAILED` read as deno's (`name ... FAILED (3ms)`): everything
# after it was a test's output, the binary's abort (a stack overflow, SIGABRT) included.
K=died-in-test
record $K cargo-stack-overflow-abort-after-failed-progress-line cargo rust infrastructure ambiguous rust-attack7-abort 'cargo test --offline --no-fail-fast -- --test-threads=1' \
  "depth() never recognises the root (its own parent) and recurses until the test binary overflows its stack and aborts (SIGABRT) in b_category_depth, right after the progress line 'test a_loads_categories ... FAILED' of a refused test; no details of the second binary are printed. infrastructure/high at a58d7b0, where that progress line was read as deno's and the abort as a test's output."

# node:test's spec reporter: a suite's closing `✖` over a failing child is a parent, unless the
# suite failed by itself (its `after` hook) and printed that error under its name.
K=failing-hook
record $K node-test-spec-after-hook-throws-string-beside-refused node-test node infrastructure ambiguous node-attack7-spec 'node --test --test-reporter=spec export.test.mjs' \
  "The export file is never closed, so the suite's after hook (the project's leak check) throws the plain message '1 export file(s) left open', printed under '✖ orders report' in the tree and in 'failing tests:', beside its only test, refused by PostgreSQL. A failure shown but not what it was; infrastructure/high at a58d7b0, where the suite was read as a parent of its refused test."
record $K node-test-spec-after-hook-timeout-beside-refused node-test node infrastructure ambiguous node-attack7-spec 'node --test --test-reporter=spec flush.test.mjs' \
  "The writer's flush() returns a promise that never settles, so the suite's after hook never ends: Node 20 prints 'Promise resolution is still pending but the event loop has already resolved' under '✖ orders report' (Node 24: 'test timed out after 200ms'), beside the suite's only test, refused by PostgreSQL. infrastructure/high at a58d7b0 under both, where the suite was read as a parent of its refused test."

# bun test prints a thrown value that is no Error as `error` alone on its line, then the value.
K=unrecognised-exception
record $K bun-thrown-object-beside-logged-refusal bun javascript infrastructure ambiguous node-attack7-bun 'bun test test/orders.test.js test/stock.test.js' \
  "reserve() inverts its stock check and rejects an order that fits with a plain object: bun prints 'error' and then { code: \"OUT_OF_STOCK\", ... } for 'stock > reserves two of five', whose best-effort audit logged its refusal just above; the other test is refused. A failure shown but not what it was; infrastructure/high before (no rule saw bun's 'error' line)."

# bun's `# Unhandled error between tests`: a test file that throws while it loads belongs to no
# test; the next file's `(pass)` line took it as that passing test's output.
K=ignored-section
record $K bun-unhandled-error-between-tests-before-pass bun javascript code high node-attack7-bun 'bun test boot/orders.test.js boot/config.test.js boot/format.test.js' \
  "config.js reads a renamed settings key (raw.limits.retries), so its test file throws a TypeError while it loads: bun prints it under '# Unhandled error between tests' and counts it in ' 2 fail', beside a test refused by PostgreSQL; the next file's '(pass) formats a price' follows. code/high before bun was a dialect; infrastructure/ambiguous at a58d7b0, where the TypeError was dropped as the passing test's output."
