# Attack 39b (fresh eyes on s10 at 5db03f6): Ginkgo v1 (Debian's golang-github-onsi-ginkgo-dev 1.16.5) suites run by
# go test, and runner totals read per runner. All refusals are real: nothing listening, `unshare --net` with lo up.
# Sourced by generate.sh.

# 1. A Ginkgo suite under `go test -v -ginkgo.succinct`. No dialect reads Ginkgo or Gomega: go's `=== RUN TestCart` opens
# ONE unit for the whole suite, and every spec's output is in it. A passing spec's code logs the optional Redis price
# cache's real refusal (log.Printf, then it computes the price); another spec fails on Gomega's 'Expected <float64>: 100
# to equal <float64>: 90', which no rule reads. Without -ginkgo.succinct, Ginkgo's '=====' banner under 'Running Suite:'
# ends the unit by accident (a quiet marker) and nothing is read: code/ambiguous.
P39B_GK=go-attack39b-ginkgo-cache-fallback
A39B_GKCMD='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/cart && cd $G/src/github.com/acme/cart && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test ARGS"'
a39b_gk() { local c=${A39B_GKCMD//PRE /$1}; printf '%s' "${c//ARGS/$2}"; }
A39B_GK_WHY="cart.go's Total gives 10% off when 'sum > 100' where 'sum >= 100' was meant, so the Ginkgo spec 'Total gives 10% off from 100 up' fails on Gomega's 'Expected <float64>: 100 to equal <float64>: 90' (also with Redis up: the -redis-up control). Each Total call first asks the optional Redis price cache (a hand-made RESP GET on 127.0.0.1:6379; nothing listening) and logs 'price cache unavailable, computing: dial tcp 127.0.0.1:6379: connect: connection refused' before computing, so the passing spec and the failing one both log a real refusal."
A39B_GK_BLAME="At 5db03f6 no dialect reads Ginkgo's '• Failure', '[Fail]', 'Summarizing N Failure' or 'FAIL! -- 1 Passed | 1 Failed' nor Gomega's 'Expected ... to equal ...': go's '=== RUN TestCart' is the suite's one unit, its only finding is the logged refusal, and the run is infrastructure/high [redis] (network.refused.endpoint). Under -ginkgo.succinct the suite's banner is one line ('[seed] Cart Suite - 2/2 specs'); Ginkgo's default '=====' banner line happens to close the unit (a quiet marker of another runner) and hides the refusal, which is why plain -v is code/ambiguous."
record unknown-failure-text go-v-ginkgo-succinct-gomega-equal-beside-logged-cache-refusal go go code high $P39B_GK \
  "$(a39b_gk '' '-v -ginkgo.succinct -ginkgo.noColor')" "$A39B_GK_WHY $A39B_GK_BLAME"
record unknown-failure-text go-v-ginkgo-succinct-color-gomega-equal-beside-logged-cache-refusal go go code high $P39B_GK \
  "$(a39b_gk '' '-v -ginkgo.succinct')" "$A39B_GK_WHY In Ginkgo's default colours. $A39B_GK_BLAME"
record unknown-failure-text go-v-ginkgo-succinct-gomega-equal-redis-up go go code high $P39B_GK \
  "$(a39b_gk 'ci/with-redis.sh env ' '-v -ginkgo.succinct -ginkgo.noColor')" \
  "Control: the first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): the cache has no such key, Total computes, and the spec fails the same way on 'Expected <float64>: 100 to equal <float64>: 90'."
