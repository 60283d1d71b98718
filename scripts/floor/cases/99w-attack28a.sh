# Attack 28a (e984034, Go family): the refusals are real (run under `unshare --net` with lo up;
# the Unix sockets are the tests' own, in t.TempDir()); every defect fails with the services up
# too, since none of these tests reaches a service. GOPATH mode (Debian's golang and
# /usr/share/gocode: golang-github-jackc-pgx-v4-dev, golang-github-gomodule-redigo-dev): each
# command copies the project under a fresh GOPATH as github.com/acme/<name>. Sourced by generate.sh.

# gopath_run NAME ARGS: `go test ARGS` on the project (the current folder) as github.com/acme/NAME.
A28_GO='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/NAME && cd $G/src/github.com/acme/NAME && unshare --net sh -c "ip link set lo up; GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test ARGS"'
a28_cmd() { local c=${A28_GO//NAME/$1}; printf '%s' "${c//ARGS/$2}"; }

# e984034's module.go.client-no-go-files lists `github\.com\/jackc\/pgx(?:\/v[45])?...`: the
# version is optional, so pgx's repository root (which holds only v4/ in GOPATH, no Go files) is
# read as the client not installed, the case 352e380 (attack 26) took out for redigo's root.
record client-named-code go-gopath-import-pgx-repo-root-no-go-files go go code high go-attack28a-pgx-root \
  "$(a28_cmd shop '-v ./...')" \
  "store.go imports pgx v3's path github.com/jackc/pgx; the installed pgx is v4 (github.com/jackc/pgx/v4, which builds: the fixed test is refused by PostgreSQL on 127.0.0.1:5432), and GOPATH finds the repository root, which holds only v4/: \`imports github.com/jackc/pgx: no Go files in /usr/share/gocode/src/github.com/jackc/pgx\`. e984034's module.go.client-no-go-files makes pgx's major version optional, so the root of the repository matches as a client package: infrastructure/high [postgresql] for a wrong import path into an installed client (attack 26's redigo case, with pgx)."

# e984034's NO_ERROR_EXPECTED reads a line ending `want: <nil>` / `want = <nil>` / `expected = <nil>`
# as "an error happened where none was wanted; the error it carries is what happened". A test's own
# dead Unix socket in t.TempDir() (network.unix-socket.missing, high) on such a line is then the outage.
record outage-path-tested go-v-cache-fallback-dead-socket-want-nil go go code high go-attack28a-want-nil \
  "$(a28_cmd prices '-v ./pricecache')" \
  "GetOrLoad() must fall back to the loader when the optional cache is down; it returns redigo's dial error instead (\`return \"\", err\` for \`return load()\`). The test makes the cache down itself: a socket file in its t.TempDir() whose listener it closed, so the refusal comes whatever runs on the machine. \`GetOrLoad() error = dial unix /tmp/TestGetOrLoad.../001/redis.sock: connect: connection refused, want: <nil>\` was code/high before e984034 and is infrastructure/high [redis] after (NO_ERROR_EXPECTED's new \`want: <nil>\`)."
record outage-path-tested go-v-retry-one-short-late-socket-want-eq-nil go go code high go-attack28a-want-nil \
  "$(a28_cmd prices '-v ./retry')" \
  "retry.Do(3, ...) calls f twice (\`for i := 1; i < attempts\`, one attempt short); the test's server comes up on the third dial, on the test's own socket in t.TempDir() that refused the first two. \`Do(3, dial) = dial unix /tmp/TestDoWaitsForALateServer.../001/server.sock: connect: connection refused, want = <nil>\` was code/high before e984034 and is infrastructure/high (no service) after (NO_ERROR_EXPECTED's new \`want = <nil>\`)."
record outage-path-tested go-v-own-fake-redis-socket-path-missing-separator-expected-nil go go code high go-attack28a-want-nil \
  "$(a28_cmd prices '-v ./session')" \
  "Store.socket() joins RunDir and redis.sock without a separator (\`s.RunDir + \"redis.sock\"\`); the test's own fake Redis answers on RunDir/redis.sock in t.TempDir(), and the code dials RunDir's sibling 001redis.sock: \`got err = dial unix /tmp/TestPing.../001redis.sock: connect: no such file or directory, expected = <nil>\` (lib/pq's got/expected words). code/high before e984034, infrastructure/high [redis] after (NO_ERROR_EXPECTED's new \`expected = <nil>\`)."

# The same words with pgx, over TCP: postgresql.pgx.dial reads pgx's `failed to connect to
# `host=...`: dial error (...)` whatever port the dial error names, and NO_ERROR_EXPECTED's
# `want: <nil>` now makes it the outage (code/high at 5f1f7fe). The primary is the test's own dead
# port; the log is the same with PostgreSQL up on 127.0.0.1:5432 (ci/with-postgres.sh).
record outage-path-tested go-v-pgx-openany-dead-primary-not-skipped-want-nil go go infrastructure ambiguous go-attack28a-pgx-replicas \
  "$(a28_cmd replicas '-v ./...')" \
  "OpenAny() must skip a primary that is down and connect to the replica; it returns the first server's error (\`return nil, err\` for \`continue\`). The test's primary is a port it just took back from the kernel: \`OpenAny() error = failed to connect to \`host=127.0.0.1 user=postgres database=postgres\`: dial error (dial tcp 127.0.0.1:<ephemeral>: connect: connection refused), want: <nil>\`, the same words with PostgreSQL up (the next case). A refusal on no service's port, labelled ambiguous (only the source shows the defect); code/high at 5f1f7fe, infrastructure/high [postgresql] after e984034 (NO_ERROR_EXPECTED's \`want: <nil>\`, and pgx's rule reads no port)."
record outage-path-tested go-v-pgx-openany-dead-primary-not-skipped-want-nil-postgres-up go go infrastructure ambiguous go-attack28a-pgx-replicas \
  "$(a28_cmd replicas "-v ./..." | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh env #')" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's \`127.0.0.1:5432 - accepting connections\` is the log's first line; the fixed code passes there): the defect returns the dead primary's refusal all the same, and the log is the same words. infrastructure/high [postgresql] with PostgreSQL running."

# NO_ERROR_EXPECTED now matches a Go line that ends `want = <nil>` whatever its got side is (a
# value, not an error); with no connection error on that line, the classifier awaits the error on
# the next 3 lines (testify's `Received unexpected error:` layout), and takes the refusal the code
# logged and went past (an optional cache) for what happened. With Redis up (prefix the go command
# with ci/with-redis.sh env) the defect fails the same, nothing is logged, and the verdict is code/high.
record logged-after-assertion go-v-deleted-user-returned-want-eq-nil-then-cache-log go go code high go-attack28a-await-nil \
  "$(a28_cmd accounts '-count=1 -v ./...')" \
  "Store.Owner() returns a deleted user (\`if !ok\` for \`if !ok || u.Deleted\`): \`Owner(7) = &{ID:7 Name:ann Deleted:true}, want = <nil>\`; then the deferred Close() logs that the optional cache's invalidation was skipped (\`accounts: cache invalidation skipped: dial tcp 127.0.0.1:6379: connect: connection refused\`) and returns nil. e984034's NO_ERROR_EXPECTED reads the \`want = <nil>\` line as an expected-no-error assertion, awaits the error on the next lines, and takes the logged refusal for it: infrastructure/high [redis] (code/high at 5f1f7fe; with redis-server up, ci/with-redis.sh, the same assertion fails alone: code/high)."
