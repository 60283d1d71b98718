ROOT = "/work/uwt/mysql-import"
T = "/tmp/rec-nodes-tools"
PROJECT = {
    "root": ROOT,
    "runner": "mocha",
    "project": "Pamblam/mysql-import",
    "version": "5.1.1 / commit 29da704be90a08ec79a5cf42f8bd0980fc542023 (node v20.20.2, mysql2 2.3.3, mocha 7.2.0, chai 4)",
    "timeout": 400,
    "setup": "The test file hard-codes host 127.0.0.1, user root, password bijoux22: the namespace's MariaDB root was given that password (mysql_native_password, root@localhost and root@127.0.0.1) before each run with MariaDB present.",
}
MY = ("infrastructure", "high", "mysql")
CODE = ("code", "high", "")
PRE = f"source {T}/mysql-root.sh;"
CMD = "npx mocha --exit ./test/test.js --timeout 15000"
ABS_WHY = ("MariaDB was not started in the capture's network namespace. The suite's before-all hook opens a mysql2 connection "
           "to 127.0.0.1:3306; the test helper's error handler prints 'something went wrong: connect ECONNREFUSED 127.0.0.1:3306' "
           "and the error, then calls process.exit(1): mocha prints no summary. No defect.")
CASES = [
    {"id": "node-mysql-import/service-absent-default", "services": [], "cmd": CMD, "label": MY,
     "condition": "service-absent", "why": ABS_WHY},
    {"id": "node-mysql-import/service-absent-npm-test", "services": [], "cmd": "npm test", "label": MY,
     "condition": "service-absent", "why": ABS_WHY + " Run through `npm test` (nyc around mocha, npm's error lines after)."},
    {"id": "node-mysql-import/service-absent-tap", "services": [], "cmd": "npx mocha --exit --reporter tap ./test/test.js --timeout 15000", "label": MY,
     "condition": "service-absent", "why": ABS_WHY + " --reporter tap."},
    {"id": "node-mysql-import/client-absent-mysql2", "services": ["mysql"], "pre": PRE, "mounts": [(f"{T}/empty", f"{ROOT}/node_modules/mysql2")],
     "cmd": CMD, "label": MY, "condition": "client-absent",
     "why": "The mysql2 package (the project's only MySQL client) was made unavailable by bind-mounting an empty directory over node_modules/mysql2; test/test-helpers.js cannot require it. MariaDB was running."},
    {"id": "node-mysql-import/defect-delimiter-comma", "services": ["mysql"], "pre": PRE, "cmd": CMD, "label": CODE,
     "defect": {"file": "mysql-import.js", "old": "\t\tthis.delimiter = ';';", "new": "\t\tthis.delimiter = ',';"},
     "condition": "service-present-defect",
     "why": "MariaDB running; a one-line defect in the query parser (default delimiter ',' instead of ';') splits the dump files' statements at commas, and the server rejects the fragments (ER_PARSE_ERROR: the server answered). The import tests fail: a code defect."},
    {"id": "node-mysql-import/defect-file-exists-reversed", "services": ["mysql"], "pre": PRE, "cmd": "npx mocha --exit --reporter tap ./test/test.js --timeout 15000", "label": CODE,
     "defect": {"file": "mysql-import.js", "old": "\t\t\tfs.access(filepath, fs.F_OK, err=>{\n\t\t\t\tif(err){", "new": "\t\t\tfs.access(filepath, fs.F_OK, err=>{\n\t\t\t\tif(!err){"},
     "condition": "service-present-defect",
     "why": "MariaDB running; a one-line defect in _fileExists (test reversed: existing files are rejected, missing ones accepted) makes the import and fileExist tests fail. --reporter tap."},
]
