# Attack 35b (main at 40eb21e): failures no rule reads, with one handled refusal printed in the failing unit.
K=unknown-failure-text
record $K cargo-should-panic-not-panicked-beside-logged-refusal cargo rust code high rust-attack35b-should-panic 'cargo test --offline' \
  "parse_port compares the untrimmed line with \"0\", so \"0\\n\" is never rejected: libtest says only 'note: test did not panic as expected'. The test's captured stdout, printed in its block, holds the cache warm-up's handled refusal ('redis at 127.0.0.1:6379 unavailable (Connection refused (os error 111)), using in-memory cache'). No rule reads libtest's should_panic note, so at 40eb21e the refusal is the unit's only reason and the verdict is infrastructure/high."
