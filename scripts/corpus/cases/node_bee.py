ROOT = "/work/s5src/bee-queue"
T = "/work/s5runs/tools-nodejava"
FILES = "test/job-test.js test/delay-test.js test/helpers-test.js test/eager-timer-test.js"
PROJECT = {
    "root": ROOT,
    "runner": "ava",
    "project": "bee-queue/bee-queue",
    "version": "2.0.0 / commit cabb58213171f6c9aebc4ec5a74339c2fe4b2c4c (node v20.20.2, node-redis 3.1.2, ava 5.3.1 + ava-spec)",
    "timeout": 600,
}
R = ("infrastructure", "high", "redis")
CODE = ("code", "high", "")
ABS_WHY = "Redis was not started in the capture's network namespace; bee-queue's tests create queues against redis://localhost:6379 (node-redis 3) and are refused. No defect."
CASES = [
    {"id": "node-bee-queue/baseline", "services": ["redis"], "cmd": f"npx ava {FILES}", "label": CODE, "condition": "baseline", "why": "baseline"},
]
HNF_WHY = "BEE_QUEUE_TEST_REDIS=redis://redis:6379 (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve (getaddrinfo ENOTFOUND redis). "
CASES += [
    {"id": "node-bee-queue/service-absent-default", "services": [], "cmd": f"npx ava {FILES}", "label": R,
     "condition": "service-absent", "why": ABS_WHY + " The Redis-free helpers/eager-timer tests pass."},
    {"id": "node-bee-queue/service-absent-tap-serial", "services": [], "cmd": f"npx ava --tap --serial test/job-test.js test/eager-timer-test.js", "label": R,
     "condition": "service-absent", "why": ABS_WHY + " --tap --serial."},
    {"id": "node-bee-queue/service-absent-failfast-verbose", "services": [], "cmd": f"npx ava --fail-fast --verbose test/delay-test.js test/helpers-test.js", "label": R,
     "condition": "service-absent", "why": ABS_WHY + " --fail-fast --verbose."},
    {"id": "node-bee-queue/host-not-found-redis", "services": ["redis"], "env": {"BEE_QUEUE_TEST_REDIS": "redis://redis:6379"},
     "mounts": [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")], "cmd": f"npx ava {FILES}", "label": R,
     "condition": "host-not-found", "why": HNF_WHY + "Redis was running on 127.0.0.1, unconfigured. No defect."},
    {"id": "node-bee-queue/host-not-found-redis-tap", "services": [], "env": {"BEE_QUEUE_TEST_REDIS": "redis://redis:6379"},
     "mounts": [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")], "cmd": f"npx ava --tap test/job-test.js", "label": R,
     "condition": "host-not-found", "why": HNF_WHY + "--tap. No defect."},
    {"id": "node-bee-queue/client-absent-redis", "services": ["redis"], "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/redis")],
     "cmd": f"npx ava {FILES}", "label": R, "condition": "client-absent",
     "why": "The redis package (node-redis 3, bee-queue's Redis client) was made unavailable by bind-mounting an empty directory over node_modules/redis; lib/redis.js cannot require it, so the job/delay test files (and the helpers?) fail to load. Redis was running."},
    {"id": "node-bee-queue/defect-retries-off-by-one", "services": ["redis"], "cmd": f"npx ava --verbose {FILES}", "label": CODE,
     "defect": {"file": "lib/job.js", "old": "    this.options.retries = n;", "new": "    this.options.retries = n - 1;"},
     "condition": "service-present-defect",
     "why": "Redis running; a one-line defect in Job#retries (stores n - 1) makes the job test 'sets retries' (and any retry behaviour in the subset) fail its assertion."},
    {"id": "node-bee-queue/defect-eager-timer-compare-tap", "services": ["redis"], "cmd": f"npx ava --tap {FILES}", "label": CODE,
     "defect": {"file": "lib/eager-timer.js", "old": "    if (!this._timer || time < this._nextTime) {", "new": "    if (!this._timer || time > this._nextTime) {"},
     "condition": "service-present-defect",
     "why": "Redis running; a one-line defect in EagerTimer.schedule (comparison reversed) makes the eager-timer tests (and possibly delayed-job tests) fail."},
    {"id": "node-bee-queue/mixed-absent-eager-timer", "services": [], "cmd": f"npx ava {FILES}", "label": CODE,
     "defect": {"file": "lib/eager-timer.js", "old": "    if (!this._timer || time < this._nextTime) {", "new": "    if (!this._timer || time > this._nextTime) {"},
     "condition": "mixed-absent-and-defect",
     "why": "Redis absent (job/delay tests refused) AND a one-line defect in EagerTimer.schedule (comparison reversed) fails eager-timer tests, which need no Redis. The code defect is a real failure."},
]
CASES += [
    {"id": "node-bee-queue/mixed-absent-eager-timer-tap", "services": [], "cmd": f"npx ava --tap test/job-test.js test/eager-timer-test.js", "label": CODE,
     "defect": {"file": "lib/eager-timer.js", "old": "    if (!this._timer || time < this._nextTime) {", "new": "    if (!this._timer || time > this._nextTime) {"},
     "condition": "mixed-absent-and-defect",
     "why": "Redis absent (job tests refused) AND a one-line defect in EagerTimer.schedule (comparison reversed) fails eager-timer tests, which need no Redis. --tap. The code defect is a real failure."},
]
