# Attack 28l (0126cc8's postgresql.pgx.resolve): pgconn v1's `hostname resolving error` under a host
# that is a service's name is read as that service missing (interpretDns: `postgres` is PostgreSQL's
# host name). A one-line defect swaps the host and the database in the DSN; the default database is
# named `postgres`, so pgx dials the host `postgres` (and the database `localhost`). The lookup fails
# whatever runs on the machine: the same words with PostgreSQL 15 up on 127.0.0.1:5432. GOPATH mode
# (Debian's golang, /usr/share/gocode: golang-github-jackc-pgx-v4-dev, pgconn v1). Sourced by generate.sh.
A28L_GO='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/orders && cd $G/src/github.com/acme/orders && unshare --net sh -c "ip link set lo up; GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test -v ./..."'

record client-named-code go-v-pgx-dsn-host-database-swapped-resolves-postgres go go code high go-attack28l-pgx-dsn-swap \
  "$A28L_GO" \
  "Config.DSN() passes the database where the host goes and the host where the database goes (\`host=%s ... dbname=%s\` given c.Database, ..., c.Host); the default database is \`postgres\`, so pgx dials the host \`postgres\`: \`failed to connect to \`host=postgres user=postgres database=localhost\`: hostname resolving error (lookup postgres ...)\`. 0126cc8's postgresql.pgx.resolve reads the host through interpretDns, where \`postgres\` is PostgreSQL's service host name: infrastructure/high [postgresql], though the line itself says \`database=localhost\`, and the test fails the same with PostgreSQL up (next case)."
record client-named-code go-v-pgx-dsn-host-database-swapped-resolves-postgres-postgres-up go go code high go-attack28l-pgx-dsn-swap \
  "$(printf '%s' "$A28L_GO" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh env #')" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's \`127.0.0.1:5432 - accepting connections\` is the log's first line; with DSN() fixed the test passes there): the swapped DSN still dials the host \`postgres\`, which does not resolve. infrastructure/high [postgresql] with PostgreSQL running."
