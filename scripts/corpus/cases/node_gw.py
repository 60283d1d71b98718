ROOT = "/work/s5src/graphile-worker"
T = "/work/s5runs/tools-nodejava"
J = "node --experimental-vm-modules node_modules/.bin/jest -i"
DBFILES = "__tests__/workerUtils.addJob.test.ts __tests__/workerUtils.completeJobs.test.ts"
PUREFILES = "__tests__/cronMatcher.test.ts"
CS = "postgres://postgres:postgres@127.0.0.1:5432/graphile_worker_test"
PRE = ("su postgres -c \"psql -h $R2_STATE/pgsock -d postgres -tAc \\\"select 1 from pg_database where datname='graphile_worker_test'\\\"\" | grep -q 1 || "
       "su postgres -c \"createdb -h $R2_STATE/pgsock graphile_worker_test\"; "
       "su postgres -c \"psql -h $R2_STATE/pgsock -X -q -v GRAPHILE_WORKER_SCHEMA=graphile_worker -v ON_ERROR_STOP=1 -f /work/s5src/graphile-worker/__tests__/reset-db.sql graphile_worker_test\" >/dev/null 2>&1;")
PROJECT = {
    "root": ROOT,
    "runner": "jest",
    "project": "graphile/worker",
    "version": "v0.16.6 / commit 5650fbc4406fa3ce197b2ab582e08fd20974e50c (node v20.20.2, pg 8, jest 26 + ts-jest 26; src/generated/sql.ts built with `npm run build:sql`)",
    "timeout": 600,
    "env": {"TEST_CONNECTION_STRING": CS, "NO_LOG_SUCCESS": "1"},
}
PG = ("infrastructure", "high", "postgresql")
CODE = ("code", "high", "")
CASES = [
    {"id": "node-graphile-worker/baseline", "services": ["pg"], "pre": PRE, "cmd": f"{J} {DBFILES} {PUREFILES}", "label": CODE, "condition": "baseline", "why": "baseline"},
]
ABS_WHY = "PostgreSQL was not started in the capture's network namespace; graphile-worker's DB tests connect to 127.0.0.1:5432 (TEST_CONNECTION_STRING) and are refused. No defect."
HNF_CS = "postgres://postgres:postgres@postgres:5432/graphile_worker_test"
HNF_WHY = "TEST_CONNECTION_STRING names host 'postgres' (a CI service-container name) with an nsswitch.conf of 'hosts: files' bind-mounted, so the name does not resolve (getaddrinfo ENOTFOUND postgres). "
NSS = [(f"{T}/nsswitch-files.conf", "/etc/nsswitch.conf")]
CASES += [
    {"id": "node-graphile-worker/service-absent-default", "services": [], "cmd": f"{J} {DBFILES} {PUREFILES}", "label": PG, "condition": "service-absent", "why": ABS_WHY + " The cronMatcher suite (no database) passes."},
    {"id": "node-graphile-worker/service-absent-verbose", "services": [], "cmd": f"{J} --verbose {DBFILES}", "label": PG, "condition": "service-absent", "why": ABS_WHY + " jest --verbose."},
    {"id": "node-graphile-worker/service-absent-silent-bail-ci", "services": [], "cmd": f"{J} --silent --bail --ci __tests__/workerUtils.completeJobs.test.ts", "label": PG, "condition": "service-absent", "why": ABS_WHY + " jest --silent --bail --ci."},
    {"id": "node-graphile-worker/host-not-found-postgres", "services": ["pg"], "pre": PRE, "env": {"TEST_CONNECTION_STRING": HNF_CS, "NO_LOG_SUCCESS": "1"}, "mounts": NSS,
     "cmd": f"{J} {DBFILES} {PUREFILES}", "label": PG, "condition": "host-not-found", "why": HNF_WHY + "PostgreSQL was running on 127.0.0.1, unconfigured. No defect."},
    {"id": "node-graphile-worker/host-not-found-postgres-verbose", "services": [], "env": {"TEST_CONNECTION_STRING": HNF_CS, "NO_LOG_SUCCESS": "1"}, "mounts": NSS,
     "cmd": f"{J} --verbose __tests__/workerUtils.addJob.test.ts", "label": PG, "condition": "host-not-found", "why": HNF_WHY + "jest --verbose. No defect."},
    {"id": "node-graphile-worker/client-absent-pg", "services": ["pg"], "pre": PRE, "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/pg")],
     "cmd": f"{J} {DBFILES}", "label": PG, "condition": "client-absent",
     "why": "The pg package (graphile-worker's PostgreSQL client) was made unavailable by bind-mounting an empty directory over node_modules/pg; the test helpers and src cannot import it. PostgreSQL was running."},
    {"id": "node-graphile-worker/defect-addjob-payload", "services": ["pg"], "pre": PRE, "cmd": f"{J} {DBFILES} {PUREFILES}", "label": CODE,
     "defect": {"file": "src/helpers.ts", "old": "          JSON.stringify(payload ?? {}),", "new": "          JSON.stringify({}),"},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in makeAddJob drops the job payload (always {}), so addJob tests' payload expectations fail."},
    {"id": "node-graphile-worker/defect-complete-jobs-fn-verbose", "services": ["pg"], "pre": PRE, "cmd": f"{J} --verbose __tests__/workerUtils.completeJobs.test.ts", "label": CODE,
     "defect": {"file": "src/workerUtils.ts", "old": "complete_jobs($1::bigint[])", "new": "complete_job($1::bigint[])"},
     "condition": "service-present-defect",
     "why": "PostgreSQL running; a one-line defect in WorkerUtils.completeJobs calls a SQL function that does not exist (complete_job instead of complete_jobs); PostgreSQL rejects it. The server answered; the project's SQL is wrong."},
    {"id": "node-graphile-worker/mixed-absent-cronmatcher", "services": [], "cmd": f"{J} {DBFILES} {PUREFILES}", "label": CODE,
     "defect": {"file": "src/cronMatcher.ts", "old": "      return cronItem.dates.includes(date) || cronItem.dows.includes(dow);", "new": "      return cronItem.dates.includes(date) && cronItem.dows.includes(dow);"},
     "condition": "mixed-absent-and-defect",
     "why": "PostgreSQL absent (DB tests refused) AND a one-line defect in cronItemMatches (|| -> && for date/day-of-week) fails cronMatcher tests, which need no database. The code defect is a real failure."},
]
CASES += [
    {"id": "node-graphile-worker/mixed-absent-cronmatcher-silent", "services": [], "cmd": f"{J} --silent {PUREFILES} __tests__/workerUtils.completeJobs.test.ts", "label": CODE,
     "defect": {"file": "src/cronMatcher.ts", "old": "      return cronItem.dates.includes(date) || cronItem.dows.includes(dow);", "new": "      return cronItem.dates.includes(date) && cronItem.dows.includes(dow);"},
     "condition": "mixed-absent-and-defect",
     "why": "PostgreSQL absent (completeJobs test refused) AND a one-line defect in cronItemMatches (|| -> &&) fails a cronMatcher test, which needs no database. jest --silent. The code defect is a real failure."},
]
