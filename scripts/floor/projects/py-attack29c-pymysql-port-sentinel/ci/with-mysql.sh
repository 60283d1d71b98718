#!/bin/sh
# Stands in for the CI job's MySQL service: MariaDB (Debian's mariadb-server) on 127.0.0.1:3306, grants off so any
# user is let in, then runs "$@" (to show that the test fails the same with the service up). mariadb-admin's
# "mysqld is alive" is the log's first line.
D=$(mktemp -d)
mariadb-install-db --no-defaults --auth-root-authentication-method=normal --datadir="$D/data" --user=root >/dev/null 2>&1
mariadbd --no-defaults --datadir="$D/data" --user=root --skip-grant-tables --bind-address=127.0.0.1 --port=3306 \
  --socket="$D/mysqld.sock" --pid-file="$D/mysqld.pid" --log-error="$D/mysqld.log" >/dev/null 2>&1 &
i=0; until mariadb-admin --no-defaults -h 127.0.0.1 -P 3306 ping 2>/dev/null; do i=$((i+1)); [ $i -gt 100 ] && break; sleep 0.2; done
"$@"
rc=$?
mariadb-admin --no-defaults -h 127.0.0.1 -P 3306 shutdown >/dev/null 2>&1
wait
rm -rf "$D"
exit $rc
