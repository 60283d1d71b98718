#!/bin/sh
# The unit tests, then the integration tests against the Redis service: both always run.
status=0
mix test --seed 0 test/unit || status=1
mix test --seed 0 test/integration || status=1
exit $status
