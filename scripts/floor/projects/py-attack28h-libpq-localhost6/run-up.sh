#!/bin/sh
# Runs the tests with PostgreSQL 15 UP on localhost:5432 and [::1]:5432 (a throwaway cluster in a
# private network namespace): the failure is the project's, with the service there.
set -u
D=$(mktemp -d); chown postgres "$D"
unshare --net sh -c "ip link set lo up
su postgres -c '/usr/lib/postgresql/15/bin/initdb -D $D/data -U postgres --auth=trust >/dev/null && /usr/lib/postgresql/15/bin/pg_ctl -w -D $D/data -o \"-p 5432 -k $D -c listen_addresses=localhost\" -l $D/log start >/dev/null'
/usr/bin/python3 -m pytest -p no:cacheprovider; rc=\$?
su postgres -c '/usr/lib/postgresql/15/bin/pg_ctl -D $D/data stop >/dev/null'
exit \$rc"
