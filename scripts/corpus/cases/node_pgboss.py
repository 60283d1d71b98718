ROOT = "/work/s5src/pg-boss"
T = "/work/s5runs/tools-nodejava"
FILES = "test/sendTest.js test/fetchTest.js test/completeTest.js test/exportTest.js"
PROJECT = {
    "root": ROOT,
    "runner": "mocha",
    "project": "timgit/pg-boss",
    "version": "10.4.2 (branch v10) / commit 4de61530d6e71ffc649e1024a10807536dc80ef9 (node v20.20.2, pg 8, mocha 10.8.2; package.json mocha config: parallel, bail, require ./test/hooks)",
    "timeout": 600,
}
PG = ("infrastructure", "high", "postgresql")
CODE = ("code", "high", "")
ABS_WHY = "PostgreSQL was not started in the capture's network namespace; pg-boss' root beforeAll hook (tryCreateDb) and every test connect to 127.0.0.1:5432 and are refused. No defect."
CASES = [
    {"id": "node-pg-boss/baseline", "services": ["pg"], "cmd": f"npx mocha {FILES}", "label": CODE,
     "condition": "baseline", "why": "baseline"},
    {"id": "node-pg-boss/service-absent-spec", "services": [], "cmd": f"npx mocha {FILES}", "label": PG,
     "condition": "service-absent", "why": ABS_WHY},
    {"id": "node-pg-boss/service-absent-serial-dot-nobail", "services": [], "cmd": f"npx mocha --no-parallel --no-bail --reporter dot {FILES}", "label": PG,
     "condition": "service-absent", "why": ABS_WHY + " Run serially (--no-parallel), --no-bail, dot reporter."},
    {"id": "node-pg-boss/service-absent-tap", "services": [], "cmd": f"npx mocha --no-parallel --reporter tap test/sendTest.js test/completeTest.js", "label": PG,
     "condition": "service-absent", "why": ABS_WHY + " Serial, tap reporter."},
    {"id": "node-pg-boss/host-not-found-postgres", "services": ["pg"], "env": {"POSTGRES_HOST": "postgres"},
     "mounts": [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")],
     "cmd": f"npx mocha {FILES}", "label": PG, "condition": "host-not-found",
     "why": "POSTGRES_HOST=postgres (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve (getaddrinfo ENOTFOUND postgres). PostgreSQL was running on 127.0.0.1, unconfigured. No defect."},
    {"id": "node-pg-boss/host-not-found-postgres-serial-dot", "services": [], "env": {"POSTGRES_HOST": "postgres"},
     "mounts": [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")],
     "cmd": f"npx mocha --no-parallel --reporter dot test/fetchTest.js test/exportTest.js", "label": PG, "condition": "host-not-found",
     "why": "POSTGRES_HOST=postgres (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve. Serial, dot reporter. No defect."},
    {"id": "node-pg-boss/client-absent-pg", "services": ["pg"], "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/pg")],
     "cmd": f"npx mocha {FILES}", "label": PG, "condition": "client-absent",
     "why": "The pg package (pg-boss' PostgreSQL client) was made unavailable by bind-mounting an empty directory over node_modules/pg; src/db.js cannot require it, so the root hook file fails to load. PostgreSQL was running."},
    {"id": "node-pg-boss/defect-createjob-returns-name", "services": ["pg"], "cmd": f"npx mocha --no-bail {FILES}", "label": CODE,
     "defect": {"file": "src/manager.js", "old": "      return rows[0].id\n", "new": "      return rows[0].name\n"},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect makes createJob return the job's row name instead of its id, so send() returns a wrong id and tests that fetch/complete by id fail their assertions."},
    {"id": "node-pg-boss/defect-enum-sql-typo-serial", "services": ["pg"], "cmd": f"npx mocha --no-parallel --reporter dot test/sendTest.js test/fetchTest.js", "label": CODE,
     "defect": {"file": "src/plans.js", "old": "    CREATE TYPE ${schema}.job_state AS ENUM (", "new": "    CREATE TYPE ${schema}.job_state AS ENUMS ("},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in pg-boss' schema-construction SQL (ENUM -> ENUMS) makes boss.start() fail with a PostgreSQL syntax error in every test. The server answered; the SQL the project generates is wrong."},
    {"id": "node-pg-boss/mixed-absent-construction-plans", "services": [],
     "cmd": "sh -c 'npx mocha test/sendTest.js; a=$?; npx mocha --no-package test/exportTest.js; b=$?; exit $((a|b))'", "label": CODE,
     "defect": {"file": "src/index.js", "old": "    return Contractor.constructionPlans(schema)", "new": "    return Contractor.constructionPlans()"},
     "condition": "mixed-absent-and-defect",
     "why": "PostgreSQL absent (the first mocha call, sendTest.js, fails in the root hook on the refused connection) AND a one-line defect in PgBoss.getConstructionPlans (schema argument dropped) fails exportTest.js, which needs no database and is run as a second mocha call without the package's root hooks (--no-package), as a CI 'unit' step would. The exit status is the OR of both; the code defect is a real failure."},
]
