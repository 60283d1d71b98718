#!/bin/sh
# Stands in for the CI job's PostgreSQL service: a throwaway cluster on 127.0.0.1:5432 with TLS on
# (a CA and a server certificate it signed; the CA is config/root.crt), then runs "$@".
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
D=$(mktemp -d)
chown postgres "$D"
su postgres -c "/usr/local/bin/initdb -D $D/data -U postgres --auth=trust" >/dev/null
cd "$D/data"
openssl req -new -x509 -days 30 -nodes -out ca.crt -keyout ca.key -subj /CN=ci-ca 2>/dev/null
openssl req -new -nodes -out server.csr -keyout server.key -subj /CN=127.0.0.1 2>/dev/null
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -out server.crt 2>/dev/null
chown postgres server.key server.crt && chmod 600 server.key
printf "ssl = on\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\n" "$D" >> postgresql.conf
cp ca.crt "$ROOT/config/root.crt"
su postgres -c "/usr/local/bin/pg_ctl -D $D/data -l $D/log -w start" >/dev/null
cd "$ROOT"
set +e
"$@"
rc=$?
su postgres -c "/usr/local/bin/pg_ctl -D $D/data -w stop" >/dev/null
rm -rf "$D"
exit $rc
