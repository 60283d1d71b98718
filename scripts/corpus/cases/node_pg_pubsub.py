ROOT = "/work/uwt/node-pg-pubsub"
T = "/tmp/rec-nodes-tools"
PROJECT = {
    "root": ROOT,
    "runner": "mocha",
    "project": "voxpelli/node-pg-pubsub",
    "version": "0.8.1 (master) / commit 1a8187477fcbe8cdc6198f83b1d48e49e722edc8 (node v20.20.2, pg 8.23.1 under promised-retry 0.5.0, mocha 10.8.2, chai-as-promised)",
    "timeout": 300,
}
PG = ("infrastructure", "high", "postgresql")
CODE = ("code", "high", "")
ENV = {"DATABASE_TEST_URL": "postgres://postgres:postgres@127.0.0.1/test",
       "DATABASE_TEST_URL_INVALID_USER": "postgres://invalidUsername@127.0.0.1/test",
       "DATABASE_TEST_URL_INVALID_PASSWORD": "postgres://postgres:invalid@127.0.0.1/test", "NODE_ENV": "test"}
CMD = "timeout 200 npx mocha 'test/**/*.spec.js'"
ABS_WHY = ("PostgreSQL was not started in the capture's network namespace. Every test's beforeEach waits for PGPubsub's "
           "connection, which promised-retry keeps retrying; the test's log function prints each attempt ('Failed retry attempt "
           "for pgClientRetry: Error: connect ECONNREFUSED 127.0.0.1:5432', 'Retry n: Waiting ... ms'), and the first "
           "beforeEach hook fails by mocha's 2000 ms timeout (mocha then skips the rest of the suite). Labelled "
           "infrastructure/high: the only failure is a hook waiting on the refused client, the refusal printed by that hook "
           "(as node-bullmq's and rate-limiter-flexible's hook timeouts). No defect.")
CASES = [
    {"id": "node-pg-pubsub/service-absent-default", "services": [], "env": ENV, "cmd": CMD, "label": PG,
     "condition": "service-absent", "why": ABS_WHY},
    {"id": "node-pg-pubsub/service-absent-npm-script", "services": [], "env": ENV, "cmd": "npm run test:mocha", "label": PG,
     "condition": "service-absent", "why": ABS_WHY + " Through its `test:mocha` script (cross-env, c8 coverage table after mocha's summary)."},
    {"id": "node-pg-pubsub/host-not-found-postgres", "services": ["pg"],
     "env": {**ENV, "DATABASE_TEST_URL": "postgres://postgres:postgres@postgres/test"},
     "mounts": [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")], "cmd": CMD, "label": PG,
     "condition": "host-not-found",
     "why": "DATABASE_TEST_URL names the host postgres (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve; each retry is logged with 'getaddrinfo ENOTFOUND postgres' and the first beforeEach times out waiting on it. PostgreSQL was running on 127.0.0.1, unconfigured. No defect."},
    {"id": "node-pg-pubsub/client-absent-pg", "services": ["pg"], "env": ENV, "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/pg")],
     "cmd": CMD, "label": PG, "condition": "client-absent",
     "why": "The pg package (node-postgres, the project's only PostgreSQL client) was made unavailable by bind-mounting an empty directory over node_modules/pg; lib/client.js cannot require it and mocha cannot load the spec file. PostgreSQL was running."},
    {"id": "node-pg-pubsub/defect-payload-not-parsed", "services": ["pg"], "env": ENV, "cmd": CMD, "label": CODE,
     "defect": {"file": "index.js", "old": "    this.emit(msg.channel, payload);", "new": "    this.emit(msg.channel, msg.payload);"},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in the notification handler (emits the raw payload, not the parsed JSON) makes the notification tests' deep-equality assertions fail."},
    {"id": "node-pg-pubsub/defect-remove-channel-count", "services": ["pg"], "env": ENV, "cmd": CMD + " --reporter dot", "label": CODE,
     "defect": {"file": "index.js", "old": "    if (this.listeners(channel).length === 0) {", "new": "    if (this.listeners(channel).length === 1) {"},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in removeChannel (UNLISTEN only while one listener is left) breaks the remove-channel tests. --reporter dot."},
]
