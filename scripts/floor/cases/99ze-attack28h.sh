# Attack 28h (8cbe88f over f811903): pytest's FAILED and ERROR counted apart (61df553), libpq's
# unresolved loopback names (5c86e0b), run-tests.php's CLEAN BORKs and wrapped titles (36dc42b).
# The refusals are real (run under `unshare --net` with lo up: nothing listens on 5432 or 6379);
# every defect fails with the service up too. Sourced by generate.sh.

# 5c86e0b reads libpq's 'could not translate host name "localhost6" to address' (and
# localhost.localdomain) as the runner's resolver losing its loopback name (high), "no project
# mistypes" it; but localhost6 is the IPv6 loopback's name in Fedora's and RHEL's /etc/hosts only
# (Debian and Ubuntu call it ip6-localhost): a DSN written on one distribution fails on the other,
# with PostgreSQL up (run-up.sh in the project).
K=distro-host-name
record $K pytest-libpq-localhost6-replica-dsn-beside-refused-primary pytest python code high py-attack28h-libpq-localhost6 \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider --tb=short"' \
  "reports.REPORTING copies the primary's DSN with host='localhost6' (meant: the IPv6 loopback, the name Fedora's /etc/hosts gives ::1; Debian's and Ubuntu's have no such name, ip6-localhost instead), so libpq says 'could not translate host name \"localhost6\" to address' whether PostgreSQL is up or not (run-up.sh: test_live_orders passes, test_monthly_orders fails the same). test_live_orders is refused on localhost:5432. 5c86e0b's postgresql.libpq.loopback-unresolved calls localhost6 a loopback name no project mistypes: infrastructure/high [postgresql] (f811903: infrastructure/ambiguous, network.dns.service-host)."
