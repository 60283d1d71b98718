# Attack 37b (fresh eyes on 6b35bc9: Go testify, Debian's golang-github-stretchr-testify-dev, GOPATH mode).
# All refusals are real: nothing listening on 127.0.0.1:6379, `unshare --net` with lo up. Sourced by generate.sh.
#
# testify prints every failed assertion as an `Error Trace:` / `Error:` / `Test:` block. The only rule that reads
# it (code.ts, code.expectation) matches `Error:` followed by `Not equal`, `Should (be|not be|contain)`, `Expected`
# or `"..." does not contain`; testify's other messages (`"[...]" should have 2 item(s), but has 3` from Len,
# `"[...]" should not contain "pear"` from NotContains, `elements differ` from ElementsMatch, ...) are read by
# nothing. Each test's SetupTest builds a cart whose optional Redis price cache logs its real refusal and goes on.
P37B=go-attack37b-testify-suite
A37B_CMD='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/PKG && cd $G/src/github.com/acme/PKG && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test -count=1 ARGS"'
a37b() { local c=${A37B_CMD//PRE /$1}; c=${c//PKG/${3:-cart}}; printf '%s' "${c//ARGS/$2}"; }
A37B_WHY="cart.go's Remove splices with append(c.Items[:i], c.Items[i:]...) where c.Items[i+1:] was meant, so nothing is removed: the testify suite's TestRemoveLen (s.Len: '\"[...]\" should have 2 item(s), but has 3'), TestRemoveElements (s.ElementsMatch: 'elements differ' / 'extra elements in list B'), TestRemoveNotContains (s.NotContains: '\"[apple pear plum]\" should not contain \"pear\"'), TestRemoveRequireLen (s.Require().Len) and the plain TestRemovePlain (require.NotContains) fail, Redis up or down (the -redis-up case). Each test's cart logs the optional price cache's real refusal ('cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused') and works without it."
A37B_BLAME="At 6b35bc9 the testify rule (code.ts code.expectation, /Error:\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\"[^\"]*\" does not contain)/, last changed in 357bb72) knows only some of testify's messages, and nothing reads testify's 'Error Trace:'/'Error:'/'Test:' block as an assertion; so each failing unit holds only the logged refusal (network.refused.endpoint) and the run is infrastructure/high [redis]."
record other-test-output go-v-testify-len-notcontains-elementsmatch-beside-cache-refusal go go code high $P37B \
  "$(a37b '' -v)" "$A37B_WHY $A37B_BLAME"
record other-test-output go-json-testify-len-notcontains-elementsmatch-beside-cache-refusal go go code high $P37B \
  "$(a37b '' -json)" "$A37B_WHY Under go test -json. $A37B_BLAME"
record other-test-output go-v-testify-len-one-test-beside-cache-refusal go go code high $P37B \
  "$(a37b '' "-v -run 'TestCartSuite/TestRemoveLen\$'")" "$A37B_WHY Only TestRemoveLen run (-run): one refusal and one testify Len block. $A37B_BLAME"
record other-test-output go-v-testify-len-notcontains-elementsmatch-redis-up go go code high $P37B \
  "$(a37b 'ci/with-redis.sh env ' -v)" \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal, the same testify failures (code/ambiguous at 6b35bc9: the blocks are read as no reason at all)."

# The same gap, testify's `Error` (`An error is expected but got nil.`), read by no rule. The suite's SetupSuite
# opens the order store once, so its one logged refusal is printed under the suite's parent test, before any subtest.
P37B2=go-attack37b-testify-error-expected
A37B2_WHY="order.go's Validate refuses a quantity with 'l.Qty < 0' where '<= 0' was meant, so a zero quantity passes: the testify suite's TestRejectsZeroQuantity (s.Require().Error) and the plain TestRejectsZeroQuantityPlain (require.Error, message 'a zero quantity must be refused') fail with testify's 'Error: An error is expected but got nil.', Redis up or down (the -redis-up case). The store's optional Redis stock cache logs its real refusal ('order: stock cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused'), once in SetupSuite and once in the plain test, and works without it."
A37B2_BLAME="At 6b35bc9 no rule reads testify's 'An error is expected but got nil.' (code.ts's testify rule knows 'Not equal', 'Should (be|not be|contain)', 'Expected' and '\"...\" does not contain' only), so a failing unit that holds a logged refusal is infrastructure/high [redis] (network.refused.endpoint): the plain test's unit. The whole run and the suite alone are infrastructure/ambiguous at 6b35bc9 (SetupSuite's refusal stays in the parent TestOrderSuite's unit; the failing subtest's unit is unexplained), so only the -plain-test case is infrastructure/high there."
record other-test-output go-v-testify-error-expected-got-nil-beside-cache-refusal go go code high $P37B2 \
  "$(a37b '' -v order)" "$A37B2_WHY $A37B2_BLAME"
record other-test-output go-json-testify-error-expected-got-nil-beside-cache-refusal go go code high $P37B2 \
  "$(a37b '' -json order)" "$A37B2_WHY Under go test -json. $A37B2_BLAME"
record other-test-output go-v-testify-suite-only-error-expected-got-nil-setupsuite-refusal go go code high $P37B2 \
  "$(a37b '' "-v -run 'TestOrderSuite'" order)" "$A37B2_WHY Only the suite run (-run TestOrderSuite): the ONE refusal is logged by SetupSuite under the parent TestOrderSuite, before its subtests. $A37B2_BLAME"
record other-test-output go-v-testify-error-expected-got-nil-plain-test-beside-cache-refusal go go code high $P37B2 \
  "$(a37b '' "-v -run 'TestRejectsZeroQuantityPlain'" order)" "$A37B2_WHY Only the plain test run (-run TestRejectsZeroQuantityPlain): one refusal, one testify block. $A37B2_BLAME"
record other-test-output go-v-testify-error-expected-got-nil-redis-up go go code high $P37B2 \
  "$(a37b 'ci/with-redis.sh env ' -v order)" \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal, the same 'An error is expected but got nil.' failures."
