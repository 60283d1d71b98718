# Go recipes (kinds 1 and 4). Sourced by generate.sh, which defines record.
K=died-in-test
record $K go-v-goroutine-index-panic test go code high go-ledger 'go test -count=1 -v ./...' \
  "TestSumAsync's goroutine indexes past the slice (index out of range) and kills the test binary inside the test; the postgres refusal is another test's."
record $K go-json-goroutine-index-panic test go code high go-ledger 'go test -count=1 -json ./...' \
  "Same defect under -json: TestSumAsync is announced (run) and never concluded because a goroutine panicked; the refusal belongs to TestStoreConnect."
record $K go-v-log-fatalf test go infrastructure ambiguous go-config 'go test -count=1 -v ./...' \
  "MustLoad never finds the key it requires and calls log.Fatalf inside TestMustLoad, ending the process; the redis refusal is TestCachePing's."
record $K go-json-log-fatalf test go infrastructure ambiguous go-config 'go test -count=1 -json ./...' \
  "log.Fatalf in the code under test ends the process inside TestMustLoad (announced, never concluded); the refusal is another test's."
record $K go-v-os-exit test go infrastructure ambiguous go-worker 'go test -count=1 -v ./...' \
  "Pool.Drain calls os.Exit(1) inside TestDrain, so the test never concludes; the rabbitmq refusal is TestBrokerPublish's."
record $K go-json-os-exit test go infrastructure ambiguous go-worker 'go test -count=1 -json ./...' \
  "os.Exit(1) in Pool.Drain ends the process inside TestDrain; the refusal belongs to TestBrokerPublish only."
record $K go-v-parallel-nil-map test go code high go-ingest 'go test -count=1 -v ./...' \
  "A goroutine of Counter.Feed writes to a nil map while TestFeed runs in parallel with the refused TestMySQLSink; the panic kills the binary."
record $K go-json-parallel-nil-map test go code high go-ingest 'go test -count=1 -json ./...' \
  "The nil-map panic in Counter.Feed's goroutine ends the process inside TestFeed; the mysql refusal is another parallel test's."
record $K go-v-multi-package-panic test go code high go-multi 'go test -count=1 -v ./...' \
  "Package parse dies of an index-out-of-range panic in SecondAll's goroutine; package db's refused ping is a separate failure."
record $K go-json-multi-package-panic test go code high go-multi 'go test -count=1 -json -p 1 ./...' \
  "Under -json, parse's TestSecondAll never concludes (goroutine panic); only db's TestPing was refused."
record $K go-v-timeout-deadlock test go infrastructure ambiguous go-hang 'go test -count=1 -v -timeout 5s ./...' \
  "Queue.Submit never sends its result, TestSubmit blocks on a channel receive until go test's timeout panics; the mongo refusal is TestMongoStore's."
record $K go-json-timeout-deadlock test go infrastructure ambiguous go-hang 'go test -count=1 -json -timeout 5s ./...' \
  "The test-timeout panic's goroutine dump shows TestSubmit blocked on its own channel, not in a client; the refusal is another test's."
record $K go-v-refusal-tolerated-then-goroutine-panic test go code high go-session 'go test -count=1 -v ./...' \
  "TestTouch logs the refused cache and goes on (the store works without it); Touch's goroutine then dereferences a nil user and kills the process."
record $K go-json-testmain-refusal-log-fatal test go infrastructure ambiguous go-cachewarm 'go test -count=1 -json ./...' \
  "TestMain reports memcached unreachable and runs uncached; Prices calls log.Fatal on a decimal price inside TestPricesDecimal."
record $K go-v-testmain-refusal-log-fatal test go infrastructure ambiguous go-cachewarm 'go test -count=1 -v ./...' \
  "TestMain reports memcached unreachable and runs uncached; Prices calls log.Fatal on a decimal price inside TestPricesDecimal."

K=unknown-failure-text
record $K go-v-sigkill test go infrastructure ambiguous go-supervisor 'go test -count=1 -v ./...' \
  "Child.Kill sends SIGKILL to the test process itself (signal: killed inside TestKill); the elasticsearch refusal is TestMetricsPush's."
record $K go-json-sigkill test go infrastructure ambiguous go-supervisor 'go test -count=1 -json ./...' \
  "The test binary is SIGKILLed by its own Child.Kill inside TestKill; only TestMetricsPush was refused."
record $K go-test-binary-killed test go infrastructure ambiguous go-supervisor 'bash ci.sh' \
  "The compiled test binary, run directly, is SIGKILLed by its own Child.Kill inside TestKill (the shell reports Killed, exit 137); only TestMetricsPush was refused."
