ROOT = "/work/uwt/rsmq"
T = "/tmp/rec-nodes-tools"
PROJECT = {
    "root": ROOT,
    "runner": "mocha",
    "project": "smrchy/rsmq",
    "version": "0.12.4 / commit 5c507c2ae97145fbdef7369da52dc69b105e0cc6 (node v20.20.2, node-redis 3.1.2, mocha 7 with test/mocha.opts: --exit --bail --reporter spec)",
    "timeout": 300,
}
R = ("infrastructure", "high", "redis")
CODE = ("code", "high", "")
ABS_WHY = ("Redis was not started in the capture's network namespace; rsmq's test file creates two node-redis 3 clients at load "
           "(createClient(), 127.0.0.1:6379) with no 'error' listener, so the refusal is thrown as mocha's uncaught error. No defect.")
CASES = [
    {"id": "node-rsmq/service-absent-default", "services": [], "cmd": "npx mocha ./test/test.js", "label": R,
     "condition": "service-absent", "why": ABS_WHY},
    {"id": "node-rsmq/service-absent-npm-test", "services": [], "cmd": "npm test", "label": R,
     "condition": "service-absent", "why": ABS_WHY + " Run through `npm test` (npm's own error lines follow mocha's)."},
    {"id": "node-rsmq/service-absent-tap", "services": [], "cmd": "npx mocha --reporter tap ./test/test.js", "label": R,
     "condition": "service-absent", "why": ABS_WHY + " --reporter tap."},
    {"id": "node-rsmq/client-absent-redis", "services": ["redis"], "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/redis")],
     "cmd": "npx mocha ./test/test.js", "label": R, "condition": "client-absent",
     "why": "The redis package (node-redis 3, rsmq's only Redis client) was made unavailable by bind-mounting an empty directory over node_modules/redis; index.js and the test file cannot require it. Redis was running."},
    {"id": "node-rsmq/defect-attributes-vt", "services": ["redis"], "cmd": "npx mocha ./test/test.js", "label": CODE,
     "defect": {"file": "index.js", "old": "                        vt: parseInt(resp[0][0], 10),", "new": "                        vt: parseInt(resp[0][1], 10),"},
     "condition": "service-present-defect",
     "why": "Redis running; a one-line defect in getQueueAttributes (vt read from the delay field) makes the queue-attribute assertions fail (mocha --bail stops at the first)."},
    {"id": "node-rsmq/defect-maxsize-compare-tap", "services": ["redis"], "cmd": "npx mocha --reporter tap ./test/test.js", "label": CODE,
     "defect": {"file": "index.js", "old": "if (q.maxsize !== -1 && options.message.length > q.maxsize) {", "new": "if (q.maxsize !== -1 && options.message.length < q.maxsize) {"},
     "condition": "service-present-defect",
     "why": "Redis running; a one-line defect in sendMessage (size check reversed: every short message is rejected as too long) makes the send tests fail. --reporter tap."},
]
