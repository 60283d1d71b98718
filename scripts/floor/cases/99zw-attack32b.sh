# Attack 32b (main at d2383b0): a CI script of several steps, no `set -e`, that runs a static check BEFORE the tests
# and fails at the end if any step failed. The check fails for the code's own reason, in words no rule reads (go vet's
# `./sku.go:13:13: result of fmt.Errorf call not used` under its `# example.com/orders` header; gofmt -l's bare file
# name); then `go test` runs and one test is really refused (net.Dial to 127.0.0.1:5432, nothing listening,
# `unshare --net` with lo up). The check's lines come before the first go test line, outside every unit, and are
# dropped: the run is infrastructure/high [postgresql] although the script's exit status is also the check's. The same
# checks AFTER the tests (`go test; go vet`, or make -k with test before vet) are read as unexplained
# (harness.after-tests): infrastructure/ambiguous. With something accepting on 127.0.0.1:5432 (-db-up) the tests pass
# and the script still exits 1. `go clean -testcache` first, so no cached `ok` hides the run. Sourced by generate.sh.
K=unknown-failure-text
P32B_VET=go-attack32b-vet-lostreturn
P32B_FMT=go-attack32b-gofmt-before-tests
A32B_PRE='go clean -testcache; '
A32B_VET_WHY="sku.go's ParseSKU builds its error and drops it (\`fmt.Errorf(\"bad sku %q\", s)\` where \`return \"\", fmt.Errorf(...)\` was meant: the return was lost), so a malformed SKU is accepted; ci.sh runs \`go vet ./...\` first, which reports \`./sku.go:13:13: result of fmt.Errorf call not used\` (unusedresult is not among the analyzers go test runs itself) and exits 1, then \`go test\`, where TestDatabaseAnswers is refused on 127.0.0.1:5432 (nothing listening); ci.sh exits 1 for both. At d2383b0 the vet lines, printed before the first go test line, belong to no unit and are not read: infrastructure/high [postgresql] from the refused test alone."
record $K ci-script-go-vet-unusedresult-before-refused-go-test go go code high $P32B_VET \
  "${A32B_PRE}unshare --net sh -c \"ip link set lo up; sh ci.sh\"" \
  "$A32B_VET_WHY go test without flags."
record $K ci-script-go-vet-unusedresult-before-refused-go-test-v go go code high $P32B_VET \
  "${A32B_PRE}unshare --net sh -c \"ip link set lo up; GO_TEST_FLAGS=-v sh ci.sh\"" \
  "$A32B_VET_WHY go test -v."
record $K ci-script-go-vet-unusedresult-before-refused-go-test-json go go code high $P32B_VET \
  "${A32B_PRE}unshare --net sh -c \"ip link set lo up; GO_TEST_FLAGS=-json sh ci.sh\"" \
  "$A32B_VET_WHY go test -json."
record $K ci-script-go-vet-unusedresult-before-go-test-db-up go go code high $P32B_VET \
  "${A32B_PRE}unshare --net sh -c \"ip link set lo up; ci/with-postgres-port.sh sh ci.sh\"" \
  "Control: the first case with a listener on 127.0.0.1:5432 (ci/with-postgres-port.sh): go test passes (ok), go vet's unusedresult report stands alone and ci.sh still exits 1 (the dropped return is the defect, not the database)."
record $K ci-script-gofmt-l-before-refused-go-test go go code high $P32B_FMT \
  "${A32B_PRE}unshare --net sh -c \"ip link set lo up; sh ci.sh\"" \
  "sku.go has two lines indented with spaces where gofmt wants a tab (pasted code), so ci.sh's format check (\`gofmt -l .\` must print nothing) prints the file name \`sku.go\` and fails the script; then go test runs, where TestDatabaseAnswers is refused on 127.0.0.1:5432 (nothing listening). At d2383b0 the bare file name, before the first go test line, is no unit and no finding: infrastructure/high [postgresql] for a script that fails on its format check."
record $K ci-script-gofmt-l-before-go-test-db-up go go code high $P32B_FMT \
  "${A32B_PRE}unshare --net sh -c \"ip link set lo up; ci/with-postgres-port.sh sh ci.sh\"" \
  "Control: the gofmt case with a listener on 127.0.0.1:5432: go test passes, the format check's \`sku.go\` stands alone and ci.sh still exits 1."
# The same shape in Node: ESLint's JSON report (kept as an artifact, shown in the log through tee) before mocha. Its
# one line of JSON (`"ruleId":"no-unsafe-negation","severity":2`, `"errorCount":1`) is read by no rule, while the
# stylish report's `✖ 1 problem (1 error, 0 warnings)` is (infrastructure/ambiguous). The project pins ESLint, mocha
# and pg (package-lock.json): `npm ci` runs before the network is cut, its output discarded.
P32B_ESL=node-attack32b-eslint-json-before-tests
A32B_NPM='npm ci --no-audit --no-fund >/dev/null 2>&1; '
A32B_ESL_WHY="src/cart.js's priceOf guards unknown SKUs with \`if (!sku in prices)\`, which negates the key instead of the test (\`!(sku in prices)\` was meant), so an unknown SKU is priced undefined; ci.sh (bash, pipefail, no set -e) runs \`eslint --format json src | tee eslint-report.json\`, whose report flags it (no-unsafe-negation, errorCount 1) and exits 1, then mocha, where 'database answers' is refused by pg on 127.0.0.1:5432 (nothing listening); ci.sh exits 1 for both."
record $K ci-script-eslint-json-report-before-refused-mocha mocha node code high $P32B_ESL \
  "${A32B_NPM}unshare --net sh -c \"ip link set lo up; ./ci.sh\"" \
  "$A32B_ESL_WHY At d2383b0 the JSON line before mocha's output is no unit and no finding: infrastructure/high [postgresql] from the refused test alone."
record $K ci-script-eslint-json-report-before-mocha-db-up mocha node code high $P32B_ESL \
  "${A32B_NPM}unshare --net sh -c \"ip link set lo up; ci/with-postgres-port.sh ./ci.sh\"" \
  "Control: with PostgreSQL's port answering (a bare TCP listener on 127.0.0.1:5432 that closes each connection, ci/with-postgres-port.sh) pg's connect fails in another way (Connection terminated unexpectedly) and the ESLint report still fails ci.sh: the defect does not depend on the database."
