# More variants of kinds 3, 7 and 8. Sourced by generate.sh.
K=install-echo
record $K make-echoed-pip-install-then-keyerror pytest python code high py-install-hint 'make test' \
  "The Makefile echoes '\$ pip install psycopg2-binary' as a note; pytest then fails on a KeyError in settings.get (a real defect) beside one refused test."
record $K echoed-gem-install-then-test-unit-failure test-unit ruby code high rb-install-hint 'bash ci.sh' \
  "The CI script echoes '\$ gem install pg'; test-unit then reports format_money dropping a leading zero (Failure:) and a refused postgres test."
record $K go-skip-with-go-get-hint-then-failure go go code high go-install-hint 'go test -count=1 -v ./...' \
  "The refused postgres test skips with a '\$ go get github.com/lib/pq' hint; TestHuman fails on its own (1000 used instead of 1024)."

K=listed-without-details
record $K mocha-after-hook-exit-on-queue-refusal mocha node infrastructure ambiguous node-mocha-exit-after 'mocha' \
  "fields() splits quoted commas (listed as 1) keeps quoted commas) and the after hook exits the process when the queue refuses, so mocha never prints its details."

K=died-in-test
record $K node-test-spec-exit-inside-refused-test node-test node code high node-nodetest-exit 'node --test --test-reporter=spec' \
  "title() keeps the rest upper case (an assertion with details), then the redis test's error handler calls process.exit(1) inside that test, which never concludes."

K=restatement
record $K go-wrapped-ipv6-logged-twice go-main go infrastructure ambiguous go-wrapped-ipv6 'go run .' \
  "The refusal of [::1]:5433 is wrapped by fmt.Errorf and logged twice (an error line, then log.Fatalf); both restate one configuration suspect."
