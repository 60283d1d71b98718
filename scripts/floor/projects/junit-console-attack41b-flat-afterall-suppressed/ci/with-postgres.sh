#!/bin/sh
# Stands in for the CI job's PostgreSQL service: a throwaway cluster on 127.0.0.1:5432, then runs "$@"
# (to show that the test fails the same with the service up). pg_isready prints that it accepts connections.
set -e
D=$(mktemp -d)
chown postgres "$D"
(cd / && su postgres -c "/usr/local/bin/initdb -D $D/data -U postgres --auth=trust" >/dev/null)
printf "unix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\n" "$D" >> "$D/data/postgresql.conf"
(cd / && su postgres -c "/usr/local/bin/pg_ctl -D $D/data -l $D/log -w start" >/dev/null)
/usr/lib/postgresql/15/bin/pg_isready -h 127.0.0.1 -p 5432
set +e
"$@"
rc=$?
(cd / && su postgres -c "/usr/local/bin/pg_ctl -D $D/data -w stop" >/dev/null)
rm -rf "$D"
exit $rc
