ROOT = "/work/s5src/sequelize"
T = "/work/s5runs/tools-nodejava"
M = "npx mocha -r ./test/registerEsbuild"
IFILES = "test/integration/model/count.test.js test/integration/model/sum.test.js test/integration/model/increment.test.js"
UFILES = "test/unit/utils.test.js test/unit/sql/select.test.js"
PGENV = {"DIALECT": "postgres", "SEQ_PG_PORT": "5432", "SEQ_PG_USER": "postgres", "SEQ_PG_PW": "postgres", "SEQ_PG_DB": "test"}
PROJECT = {
    "root": ROOT,
    "runner": "mocha",
    "project": "sequelize/sequelize",
    "version": "v6.37.8 / commit 47130b378df7871fc300e93cdead7602763316c2 (node v20.20.2, pg 8, mocha 7.2 with .mocharc.jsonc: exit, check-leaks, timeout 30000; lib/ built once with `node build.js`)",
    "timeout": 600,
    "env": PGENV,
}
PG = ("infrastructure", "high", "postgresql")
CODE = ("code", "high", "")
CASES = [
    {"id": "node-sequelize/baseline", "services": ["pg"], "cmd": f"{M} {IFILES}", "label": CODE, "condition": "baseline", "why": "baseline"},
    {"id": "node-sequelize/baseline-unit", "services": [], "cmd": f"{M} {UFILES}", "label": CODE, "condition": "baseline", "why": "baseline"},
]
ABS_WHY = "PostgreSQL was not started in the capture's network namespace; sequelize's integration support hooks (clearDatabase) and every test connect to 127.0.0.1:5432 and are refused. No defect."
HNF_WHY = "SEQ_PG_HOST=postgres (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve (getaddrinfo ENOTFOUND postgres). "
NSS = [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")]
CASES += [
    {"id": "node-sequelize/service-absent-spec", "services": [], "cmd": f"{M} {IFILES}", "label": PG, "condition": "service-absent", "why": ABS_WHY},
    {"id": "node-sequelize/service-absent-dot-bail", "services": [], "cmd": f"{M} --bail --reporter dot {IFILES}", "label": PG, "condition": "service-absent", "why": ABS_WHY + " --bail, dot reporter."},
    {"id": "node-sequelize/service-absent-tap", "services": [], "cmd": f"{M} --reporter tap test/integration/model/sum.test.js", "label": PG, "condition": "service-absent", "why": ABS_WHY + " tap reporter, one file."},
    {"id": "node-sequelize/host-not-found-postgres", "services": ["pg"], "env": {**PGENV, "SEQ_PG_HOST": "postgres"}, "mounts": NSS,
     "cmd": f"{M} {IFILES}", "label": PG, "condition": "host-not-found", "why": HNF_WHY + "PostgreSQL was running on 127.0.0.1, unconfigured. No defect."},
    {"id": "node-sequelize/host-not-found-postgres-min", "services": [], "env": {**PGENV, "SEQ_PG_HOST": "postgres"}, "mounts": NSS,
     "cmd": f"{M} --reporter min test/integration/model/count.test.js", "label": PG, "condition": "host-not-found", "why": HNF_WHY + "min reporter. No defect."},
    {"id": "node-sequelize/client-absent-pg", "services": ["pg"], "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/pg")],
     "cmd": f"{M} {IFILES}", "label": PG, "condition": "client-absent",
     "why": "The pg package (sequelize's PostgreSQL driver) was made unavailable by bind-mounting an empty directory over node_modules/pg; sequelize's postgres connection manager cannot load it. PostgreSQL was running."},
    {"id": "node-sequelize/defect-increment-by", "services": ["pg"], "cmd": f"{M} {IFILES}", "label": CODE,
     "defect": {"file": "lib/model.js", "old": "        incrementAmountsByField[field] = options.by;", "new": "        incrementAmountsByField[field] = options.by + 1;"},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in Model.increment (each field incremented by options.by + 1) makes the increment tests' value assertions fail. lib/model.js is the build output of src/model.js (node build.js), the code the tests load."},
    {"id": "node-sequelize/defect-count-aggregate-fn-dot", "services": ["pg"], "cmd": f"{M} --reporter dot test/integration/model/count.test.js test/integration/model/sum.test.js", "label": CODE,
     "defect": {"file": "lib/model.js", "old": '    const result = await this.aggregate(col, "count", options);', "new": '    const result = await this.aggregate(col, "cnt", options);'},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in Model.count (aggregate function name 'count' -> 'cnt') makes PostgreSQL reject the generated SQL (function cnt does not exist) in every count test. The server answered; the project's SQL is wrong."},
    {"id": "node-sequelize/mixed-absent-canTreatArrayAsAnd", "services": [],
     "cmd": f"sh -c '{M} {UFILES}; a=$?; {M} {IFILES}; b=$?; exit $((a|b))'", "label": CODE,
     "defect": {"file": "lib/utils.js", "old": "  return arr.some((arg) => _.isPlainObject(arg) || arg instanceof Where);", "new": "  return arr.every((arg) => _.isPlainObject(arg) || arg instanceof Where);"},
     "condition": "mixed-absent-and-defect",
     "why": "PostgreSQL absent (the integration mocha call is refused) AND a one-line defect in Utils.canTreatArrayAsAnd (some -> every) fails the unit test 'Array can be treated as and', which needs no database. Unit then integration mocha calls in one shell command, exit status the OR of both."},
]
