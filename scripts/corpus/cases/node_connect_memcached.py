ROOT = "/work/uwt/connect-memcached"
T = "/tmp/rec-nodes-tools"
PROJECT = {
    "root": ROOT,
    "runner": "jest",
    "project": "balor/connect-memcached",
    "version": "3.0.0 / commit d2011addd8b544e044bfecc27ea427f80c7930d9 (node v20.20.2, memcached 2.2.2 (3rd-Eden), express-session 1, supertest 6, jest 27)",
    "timeout": 300,
}
M = ("infrastructure", "high", "memcached")
MA = ("infrastructure", "ambiguous", "memcached")
CODE = ("code", "high", "")
CMD = "NODE_ENV=test timeout 120 npx jest --testTimeout=10000"
ABS_WHY = ("memcached was not started in the capture's network namespace. The session store's memcached client (3rd-Eden "
           "memcached 2.2) retries and never calls back, so each supertest request hangs and every test fails by jest's "
           "'Exceeded timeout of 10000 ms for a test'; nothing in the log names a refusal or memcached's client. Labelled "
           "infrastructure/ambiguous: infrastructure by construction, not shown by the log (as node-amqp-connection-manager). No defect.")
CASES = [
    {"id": "node-connect-memcached/service-absent-default", "services": [], "cmd": CMD, "label": MA,
     "condition": "service-absent", "why": ABS_WHY + " Jest then does not exit (open handles) and the CI-style `timeout 120` ends it (exit 124)."},
    {"id": "node-connect-memcached/service-absent-forceexit", "services": [], "cmd": CMD + " --forceExit", "label": MA,
     "condition": "service-absent", "why": ABS_WHY + " --forceExit."},
    {"id": "node-connect-memcached/host-not-found-memcached", "services": ["memcached"], "env": {"MEMCACHED_HOST": "memcached:11211"},
     "mounts": [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")], "cmd": CMD + " --forceExit", "label": MA,
     "condition": "host-not-found",
     "why": "MEMCACHED_HOST=memcached:11211 (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve; all three suites' memcached clients use it. memcached was running on 127.0.0.1, unconfigured. As with memcached absent, the client never calls back and every test fails by jest's test timeout, with no resolver error in the log: infrastructure/ambiguous (by construction, not shown). No defect."},
    {"id": "node-connect-memcached/client-absent-memcached", "services": ["memcached"], "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/memcached")],
     "cmd": CMD, "label": M, "condition": "client-absent",
     "why": "The memcached package (3rd-Eden's client, the store's only memcached client) was made unavailable by bind-mounting an empty directory over node_modules/memcached; lib/connect-memcached.js cannot require it. memcached was running."},
    {"id": "node-connect-memcached/defect-get-drops-session", "services": ["memcached"], "cmd": CMD, "label": CODE,
     "defect": {"file": "lib/connect-memcached.js", "old": "          parseable_string = data;", "new": "          parseable_string = undefined;"},
     "condition": "service-present-defect",
     "why": "memcached running; a one-line defect in MemcachedStore#get (the plain, unencrypted branch returns no session) makes the plain store's pageviews never grow (toBeGreaterThan fails)."},
    {"id": "node-connect-memcached/defect-crypt-not-parsed", "services": ["memcached"], "cmd": CMD + " --forceExit", "label": CODE,
     "defect": {"file": "lib/connect-memcached.js", "old": "            parseable_string = JSON.parse(ct);", "new": "            parseable_string = ct;"},
     "condition": "service-present-defect",
     "why": "memcached running; a one-line defect in MemcachedStore#get (the decrypted session is not JSON-parsed) makes the two encrypted stores' tests fail."},
]
