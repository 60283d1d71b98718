# Attacker review 27c (f008c7e over b61bc96): the Python and Ruby client knowledge of this round.
# Every defect fails with its service up too; the refusals are real (nothing listens on 6379/9092,
# run under `unshare --net` with lo up). Sourced by generate.sh.

# 7e1ad49 made `kafka` a Ruby client's require name (ruby-kafka). interpret.ts reads a Ruby require
# path by its first segment, so the project's own lib/kafka/ helpers, required with a typo, are
# "the Kafka client missing" (infrastructure/high [kafka]); b61bc96 said code/high.
K=client-named-code
record $K minitest-project-kafka-namespace-require-typo minitest ruby code high rb-attack27c-kafka-require \
  'ruby -Ilib -e "Dir.glob(\"test/**/*_test.rb\").sort.each { |f| require File.expand_path(f) }" -- --seed 1' \
  "OrderEvents.partition_for requires \"kafka/consumer_utls\", a typo of the project's own lib/kafka/consumer_utils.rb (Ruby even prints 'Did you mean? kafka/consumer_utils'); no Kafka gem is involved. The other test is refused by the broker on 127.0.0.1:9092. 7e1ad49 added 'kafka' (ruby-kafka's require name) to Kafka's Ruby clients and a Ruby LoadError is read by its path's first segment: infrastructure/high [kafka] (b61bc96: code/high)."

# ef5e76f links RSpec's '# --- Caused by: ---' root cause to the exception above when that
# exception's class, printed alone, looks like a connection wrapper (a last segment with
# Connection/Connect/Socket/Network/Unavailable/Refused). Ruby's root cause of anything raised in a
# rescue of a refusal is the refusal, whatever failed in the fallback.
K=unrecognised-exception
record $K rspec-own-unavailable-error-over-fallback-path-defect rspec ruby code ambiguous rb-attack27c-rescue-wrapper \
  'rspec' \
  "Rates.rate falls back to a bundled snapshot when the rate cache refuses; the snapshot path is one directory off (lib/data/rates.json), so the fallback raises the project's own Rates::SourceUnavailable with 'No such file or directory @ rb_sysopen' in its message. RSpec prints the root cause, the refusal of 127.0.0.1:6379. ef5e76f takes the class (ends in Unavailable) for a connection wrapper and excuses it by its cause: infrastructure/high [redis] (b61bc96: infrastructure/ambiguous). With redis up the same ENOENT fails the test."
record $K rspec-sequel-sqlite-replica-path-defect-over-refusal rspec ruby code ambiguous rb-attack27c-sequel-replica \
  'rspec' \
  "Prices.price falls back to the catalogue's SQLite read replica when the price cache refuses; the replica path names db/ where spec_helper writes data/, so Sequel raises Sequel::DatabaseConnectionError with 'SQLite3::CantOpenException: unable to open database file' (an embedded database's path, the case dea8f0c excluded for OperationalError). RSpec prints the root cause, the refusal of 127.0.0.1:6379. ef5e76f links a client's connection wrapper to its root cause: infrastructure/high [redis] (b61bc96: infrastructure/ambiguous). With redis up the same CantOpenException fails the test."

# 129b032 reads pg8000's "Can't create a connection to host H and port P" as an endpoint. pg8000
# raises it for any socket.error of create_connection, the gaierror of a misspelt host too; a
# single-label host passes LOCAL_HOST, port 5432 is PostgreSQL's: infrastructure/high.
K=client-named-code
record $K pytest-pg8000-misspelt-host pytest python infrastructure ambiguous py-attack27c-pg8000-host \
  '/usr/bin/python3 -m venv --system-site-packages .venv >/dev/null && .venv/bin/pip install -q -r requirements.txt >/dev/null 2>&1 && .venv/bin/python -m pytest -p no:cacheprovider' \
  "settings.DATABASE's host is 'postgress' (the compose service is 'postgres'): getaddrinfo fails (socket.gaierror) and pg8000 raises InterfaceError \"Can't create a connection to host postgress and port 5432\" from it; the other test is refused by redis on localhost:6379. 129b032's pg8000 rule reads the host as local and the port as PostgreSQL's: infrastructure/high [postgresql, redis] (b61bc96: infrastructure/ambiguous; psycopg2's 'could not translate host name \"postgress\"' is infrastructure/ambiguous on both)."

# 129b032 reads MySQL 8's and Connector/Python's "Can't connect to MySQL server on 'H:P'" as an
# endpoint. Connector/Python (network.py) raises 2003 for any OSError of the socket, a misspelt
# host's gaierror too; a single-label host passes LOCAL_HOST and 3306 is MySQL's: infrastructure/high.
K=client-named-code
record $K pytest-mysql-connector-misspelt-host pytest python infrastructure ambiguous py-attack27c-mysql-connector-host \
  '/usr/bin/python3 -m venv --system-site-packages .venv >/dev/null && .venv/bin/pip install -q -r requirements.txt >/dev/null 2>&1 && .venv/bin/python -m pytest -p no:cacheprovider' \
  "settings.DATABASE's host is 'myslq' (the compose service is 'mysql'): Connector/Python raises InterfaceError \"2003: Can't connect to MySQL server on 'myslq:3306' (Errno -3: Temporary failure in name resolution)\"; the other test is refused by redis on localhost:6379. 129b032 reads 'myslq:3306' as the endpoint, a local host on MySQL's port: infrastructure/high [mysql, redis] (b61bc96: infrastructure/ambiguous)."

# 129b032 makes psycopg 3's ConnectionTimeout ("connection timeout expired") PostgreSQL missing,
# high. psycopg 3 (connection.py connect) names no host in it: an address the code got wrong that
# nothing answers times out the same. Needs root: blackhole-net.sh, under `unshare --net`, routes
# every non-loopback address to a veth peer nobody answers on (loopback refuses as everywhere).
K=client-named-code
record $K pytest-psycopg3-timeout-on-mistyped-address pytest python infrastructure ambiguous py-attack27c-psycopg-timeout-host \
  '/usr/bin/python3 -m venv --system-site-packages .venv >/dev/null && .venv/bin/pip install -q -r requirements.txt >/dev/null 2>&1 && unshare --net ./blackhole-net.sh .venv/bin/python -m pytest -p no:cacheprovider' \
  "settings.DATABASE_URL names 172.0.0.1 (a swap of 127.0.0.1, where the job's PostgreSQL listens) with connect_timeout=2: the SYN goes unanswered and psycopg 3.3 raises psycopg.errors.ConnectionTimeout: connection timeout expired (pytest's locals show host=172.0.0.1); the other test is refused by redis on 127.0.0.1:6379. 129b032's psycopg connect-timeout rule: infrastructure/high [postgresql, redis] (b61bc96: infrastructure/ambiguous)."
