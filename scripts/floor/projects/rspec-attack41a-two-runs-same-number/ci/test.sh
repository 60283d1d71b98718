#!/bin/sh
# The unit specs, then the integration specs against the Redis service: both always run.
status=0
rspec spec/unit || status=1
rspec spec/integration || status=1
exit $status
