#!/bin/sh
# The integration specs against the Redis service, then the unit specs: both always run.
status=0
rspec spec/integration || status=1
rspec spec/unit || status=1
exit $status
