import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  GENERIC_SQL_CLIENTS,
  HOST_PORT,
  SERVICES,
  reportedName
} from "./chunk-OSC2T3SQ.js";

// src/knowledge/rule.ts
function matchRule(rule2, line) {
  for (const pattern of rule2.patterns) {
    const found = pattern.exec(line);
    if (found) return { rule: rule2, groups: found.groups ?? {} };
  }
  return void 0;
}
var rule = (kind, confidence, service, indication) => ({ ...indication, kind, confidence, service });

// src/classify/rules/code.ts
var code = (indication) => rule("code", "high", "", indication);
var GO_CONNECTION_ERROR = String.raw`(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\/o timeout|connect: )`;
var CODE_RULES = [
  code({
    // Any service's words for "you are not allowed in": it was running and answered.
    id: "code.service-rejected-credentials",
    title: "A service answered and rejected the credentials",
    patterns: [/\bNOAUTH\b|\bWRONGPASS\b|Login failed for user '|\bAuthentication failed\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i],
    examples: ["NOAUTH Authentication required.", "Login failed for user 'sa'.", "MongoServerError: Authentication failed.", "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"],
    why: "the service was running and refused the credentials the project gave it: a configuration defect"
  }),
  code({
    // Docker answered: the project's client (Testcontainers, docker-py) is older than the daemon accepts.
    id: "code.docker-api-version",
    title: "The Docker client is too old for the daemon",
    patterns: [/client version [\d.]{1,10} is too old|Minimum supported API version is/],
    examples: ['Status 400: {"message":"client version 1.32 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"}'],
    why: "a Docker daemon is running and refuses the project's client library as too old: a dependency to upgrade"
  }),
  code({
    // The service answered: a TLS setting of the client does not match the server's.
    id: "code.tls-mismatch",
    title: "The service answered and the TLS settings do not match",
    patterns: [/\[SSL: [A-Z_]{1,60}\]|SSL routines:/],
    examples: ["[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"],
    why: "a server answered, and the client's TLS settings (on, off, the certificate) do not match it: a configuration defect"
  }),
  code({
    // A client given a URL where its host goes appends its port to it: `redis://localhost:6379/0:6379` (redis-py's
    // `Error -2 connecting to {host}:{port}`, redis-rb's `Error connecting to Redis on #{host}:#{port}`): attacks 29a, 29c.
    id: "code.url-as-host",
    title: "A URL was given where the client wanted a host name",
    patterns: [/(?:connecting to|connect to|Redis on) ['"]?[a-z][a-z0-9+.-]{1,20}:\/\/[^\s'"/]{1,255}\/[^\s:'"]{0,200}:\d{1,5}(?!\d)/],
    examples: ["redis.exceptions.ConnectionError: Error -2 connecting to redis://localhost:6379/0:6379. Name or service not known.", "Redis::CannotConnectError: Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)"],
    counterExamples: ["Error connecting to redis://localhost:6379/0: connect ECONNREFUSED 127.0.0.1:6379", "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.", "could not connect to postgresql://app@localhost:5432/orders"],
    why: "the client treated a whole URL as the host name and added its port: the code passed a URL where a host belongs"
  }),
  code({
    id: "code.assertion",
    title: "Assertion failed",
    patterns: [
      /(?<!except |raise |:raises )\bAssertionError(?=:(?! Traceback \(most recent call last\):)|\s*$| \[ERR_ASSERTION\])/,
      // minitest's and test-unit's own assertion classes, as reporters print them (`Minitest::Assertion:         Expected: 33.3`).
      /(?<!rescue |raise )\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\s*$)/,
      /^E\s+assert\b/,
      /Failed: DID NOT RAISE/,
      /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|MultipleFailuresError/,
      /expected:\s?<.{0,200}> but was:\s?</,
      // AVA's t.plan(n) that the test did not meet (ava lib/test.js: `Planned for ${plan} ${plur('assertion', plan)}, but got ${count}.`).
      /\bPlanned for \d{1,6} assertions?, but got \d{1,6}\./,
      // libtest's #[should_panic] test that returned normally (library/test/src/test_result.rs: `test did not panic as expected`).
      /\bnote: test did not panic as expected\b/,
      // AVA's failWithoutAssertions (ava lib/test.js), in every reporter's words (`message: Test finished ...` under TAP).
      /\bTest finished without running any assertions\b/,
      // JUnit 4's @Test(expected=X): another exception came instead of the one the test expects.
      /Unexpected exception, expected<[^>\n]{1,300}> but was<[^>\n]{1,300}>/,
      /assertion `left (?:==|!=) right` failed|assertion failed: /,
      /^\s{0,12}Assertion with \S{1,4} failed\b|^\s{0,12}Expected truthy, got (?:false|nil)\b/,
      /Assert\.\w+\(\) Failure|Xunit\.Sdk\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\.Framework\.AssertionException|Assert\.\w+ failed\./,
      /Expected values to be (?:strictly |loosely )?(?:deep-)?equal/,
      /✘ Assertion Error\b/,
      /^Failed asserting /,
      // poku's report of a failed assert (wellwelwel/poku src/services/reporters/poku.ts onAssertionFailure:
      // `✘ message`, then `      File path:12:3`, `      Code ${error.code}`, `  Operator ...`): node:assert's code, alone on its line.
      /^\s{0,60}Code ERR_ASSERTION\s*$/,
      // Nette Tester's Assert (nette/tester src/Framework/Assert.php: `%1 should be %2`, `should not contain`, ...; Dumper prefixes
      // `Failed: ` and dumps the values: a string, a number, an array, an object): not pytest.fail's own words (`Failed: Redis should be up`).
      /^\s{0,12}(?:# )?Failed: (?:['"[]|-?\d|\.\.\.|(?:array|true|false|null|NAN)\b|[A-Z][\w\\]{0,200} ?[#(])[^\n]{0,2000}? should (?:not )?(?:be|contain|match)\b/,
      // AVA's own: its diff (`t.is`, `t.deepEqual`) and its truth checks, also as the quoted keys of its TAP
      // output (`'Difference (- actual, + expected):': |-`), and that output's `assertion: is` (AVA 7: `t.is()`).
      /^\s{0,12}'?Difference \(- actual, \+ expected\):(?:'\s{0,4}:(?:\s{0,4}\|-?)?)?\s*$/,
      /^\s{0,12}'?Value is not (?:`true`|`false`|truthy|falsy):(?:'\s{0,4}:(?:\s{0,4}\|-?)?)?\s*$/,
      /^\s{2,12}assertion: (?:t\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\(\))?\s*$/
    ],
    // A test harness that re-raises a thread's failure as `AssertionError: Traceback (most recent call last):` only wraps it (signs.ts isWrapperHeadline).
    // A docstring's `:raises AssertionError: if ...` in the source pytest prints is no failure.
    // poku's `Code` line for an error of another code (a refusal an assert caught) is no failed assertion.
    counterExamples: ["E   AssertionError: Traceback (most recent call last):", "        :raises AssertionError: if user's function timed out or exited with", "      Code ECONNREFUSED", "      Code ERR_ASSERTION_HELPER"],
    examples: ["note: test did not panic as expected at src/lib.rs:40:8", "    message: Test finished without running any assertions", "  \u2718 [fail]: events \u203A announces every line Planned for 2 assertions, but got 1.", "E       assert 3 == 4", "AssertionError: expected 3 to equal 4", "org.opentest4j.AssertionFailedError: expected: <1> but was: <2>", "assertion `left == right` failed", "Assert.Equal() Failure", "Failed asserting that false is true.", "   Failed: 'abc' should be 'abd'", "   Failed: [1, 2] should contain 3", "  Difference (- actual, + expected):", "    assertion: is", "    assertion: t.is()", "      'Difference (- actual, + expected):': |-", "            Code ERR_ASSERTION", "Minitest::Assertion:         Expected: 33.3", "Test::Unit::AssertionFailedError: <1> expected but was <2>."],
    why: "a test assertion failed"
  }),
  code({
    id: "code.expectation",
    title: "Expected value differs",
    patterns: [
      /^\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /,
      /^\s+expected: |^\s+got: |\(compared using (?:==|eql\?|equal\?)\)/,
      /\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\b/,
      /Expected .{0,200} to (?:be|equal|include|eq)\b/,
      /^\s*But was:|Expected: .{0,200}\s+But was:/,
      /\bexpected:? [^\n]{1,100}, got:? \S|\bexpected:? [^\n]{1,100} but got:? \S/i,
      /Error:\s+(?:Not equal|Should (?:be|not be|contain)|Expected|"[^"]*" does not contain)/,
      /\bgot:? .{0,200}\bwant:? |\bwant .{0,200}, got /,
      /_test\.go:\d+: .{0,300}\b(?:want|wanted|expected)\b/,
      // Go's own idiom for a mismatch (go.dev/wiki/TestComments, `t.Errorf("Foo(%q) = %d; want %d", ...)`), wherever the test
      // printed it: through t.Errorf, or log.Printf / fmt.Printf before a bare t.Fail() (no `_test.go:N:` prefix then).
      // Not when the value it got is a connection's error (`Ping() = dial tcp ...: connection refused; want nil`): an outage's words.
      // The connection words are looked for in the values only, after ` = `: a function may be named `lookup` (attack 32c).
      // testify's failure block (stretchr/testify assert/assertions.go Fail: `\tError Trace:\t`, `\tError:      \t<message>`,
      // `\tTest:`): its `Error:` line, whatever the message, is a failed assertion (attack 37b), unless the message is the
      // connection error a `require.NoError` got (`Received unexpected error:` and an outage's words, read as that error).
      new RegExp(String.raw`^\s{0,40}\tError: {0,20}\t(?![^\n]{0,600}(?:Received unexpected error|${GO_CONNECTION_ERROR}))\S`),
      // uvu's diff (uvu/diff: the expected side `++... (Expected)`, the actual `--... (Actual)`).
      /^\s{0,12}--[^\n]{0,500}\s\(Actual\)$/,
      // gocheck's `c.Assert` mismatch (check.v1: `... obtained string = "4.5"` above `... expected string = "4.05"`), unless
      // what it obtained is a connection's error (`... obtained *net.OpError = &net.OpError{Op:"dial", ...}`): the outage's.
      new RegExp(String.raw`^\.\.\. obtained [\w.*[\]{}]{1,100} = (?![^\n]{0,600}${GO_CONNECTION_ERROR})`),
      /\S\) = (?![^\n]{0,600}(?:refused|\bdial\b|connect|timed? ?out|unreachable|no such host|\blookup\b|EOF))[^\n]{1,200}?[;,] want:? \S/,
      // A go test's own `t.Errorf("%v != %v", got, want)`; not when the values are a connection's error (`err != nil: dial tcp ...`).
      /^(?!.{0,600}(?:refused|\bdial\b|connect|timed? ?out|unreachable|no such host|\blookup\b|EOF))\s{0,8}[\w.-]{1,100}_test\.go:\d{1,6}: .{1,300}? != .{1,300}$/
    ],
    examples: ['        	Error:      	"[apple pear plum]" should have 2 item(s), but has 3', "        --INV-2026-007     (Actual)", '... obtained string = "reconnecting"', '... obtained string = "4.5"', "Expected: 4", "Received: 5", '       expected: "bob"', '            got: "alice"', "expected 200 to equal 404", "  But was:  5", "add_test.go:12: Add(1, 2) = 4, want 3", "2026/12/06 05:28:47 Total() = 250, want 450", "Total() = 0; want 240", '2026/12/06 06:10:11 lookup("apple") = 0, want 100', "    gorp_test.go:784: &{TableWithNull 0x7fe560} != &{TableWithNull 0x7fe561}", "expected 3, got 4", "        Error:      Not equal: "],
    counterExamples: ["        	Error:      	Received unexpected error:", '... obtained *net.OpError = &net.OpError{Op:"dial", Net:"tcp", Source:net.Addr(nil)}', "    conn_test.go:12: err != nil: dial tcp 127.0.0.1:5432: connect: connection refused", "retry(3) = gave up, wanted the cache", "Ping() = dial tcp 127.0.0.1:6379: connect: connection refused, want <nil>", "config: mode = fast, wanting more workers"],
    why: "a check compared a value and found another"
  }),
  code({
    id: "code.expects-error",
    title: "A test expected an error and got another",
    patterns: [/pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw/],
    examples: ["    with pytest.raises(ValueError):", "expect(() => f()).toThrow(TypeError)", "assertThrows(IllegalStateException.class, () -> x())"],
    why: "the test checks error behaviour, so a connection error in it is the subject under test"
  }),
  code({
    // Only an exception as raised (name then ':' or end of line), not a name in quoted source (`except TypeError:`).
    id: "code.runtime-error",
    title: "Runtime error in the code",
    patterns: [/(?<!except |except \(|rescue |catch \()\b(?:TypeError(?!: (?:pg|mysqli)_\w{1,40}\(\): Argument #1 \(\$(?:connection|mysql)\) must be of type \??(?:PgSql\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\s?:|\s*$| at [\w$.]{1,200}\.(?:java|kt|scala|groovy):\d| \()/],
    examples: ["TypeError: Cannot read properties of undefined (reading 'id')", "java.lang.NullPointerException", "AttributeError: 'NoneType' object has no attribute 'x'", "ValueError: invalid literal for int()", "System.InvalidOperationException : Sequence contains no elements", "E   UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: surrogates not allowed", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 4: ordinal not in range(128)"],
    // CPython's UnicodeEncodeError and UnicodeDecodeError are ValueError's subclasses (cpython Objects/exceptions.c:
    // UnicodeError derives from ValueError; messages from Python/codecs.c and Objects/exceptions.c, "'%U' codec can't
    // encode character" / "can't decode byte"): a str/bytes conversion of the program's own, never a connection's.
    // EF Core's execution strategy wraps a transient failure (dotnet/efcore SqlServerStrings.resx
    // TransientExceptionDetected; the Npgsql and MySQL providers word it the same): the cause is the
    // inner exception it prints below (`---- Npgsql.NpgsqlException : Failed to connect to …`).
    // Nor PHP's database functions handed a connection never opened (connection.ts *.php.connection-never-opened).
    counterExamples: ["TypeError: pg_escape_string(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given", "    except UnicodeDecodeError:", "TypeError: mysqli_real_escape_string(): Argument #1 ($mysql) must be of type mysqli, null given", "System.InvalidOperationException : An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseNpgsql' call."],
    why: "the code raised a programming error"
  }),
  code({
    // PHP's engine errors of a program's own (php-src Zend: zend_execute.c, zend_API.c). Not `Call to
    // undefined function`: a missing extension's function reads the same (rules/modules.ts).
    id: "code.php-engine-error",
    title: "PHP error in the code",
    patterns: [/\bUndefined (?:variable \$\w|array key |offset: |property: [\w\\]{1,200}::\$|index: )|Call to a member function \w{1,100}\(\) on (?:null|array|string|int|bool|float)\b|Attempt to (?:read|assign) property "\w{1,100}" on (?:null|array|string|int|bool|float)\b|Call to undefined method [\w\\]{1,200}::\w{1,100}\(\)|Too few arguments to function |Cannot redeclare \w/],
    examples: ["Undefined variable $total (View: /app/resources/views/invoice.blade.php)", 'ErrorException: Undefined array key "id"', "Error: Call to a member function format() on null", 'E_WARNING: Attempt to read property "value" on null', "Call to undefined method App\\Models\\Order::totl()", "ArgumentCountError: Too few arguments to function App\\Cart::add(), 1 passed"],
    counterExamples: ["Error: Call to undefined function pg_connect()", 'PHP Fatal error:  Uncaught Error: Class "Redis" not found'],
    why: "PHP stopped on an error of the program itself"
  }),
  code({
    // Perl's own fatal errors of a program (perl5 pod/perldiag.pod, each `(F)`: `Can't locate object method "%s" via
    // package "%s"`, `Can't call method "%s" on unblessed reference`, `Undefined subroutine &%s called`, `Not a%s reference`,
    // `Can't use an undefined value as %s reference`, `Can't use string ("%s") as %s ref while "strict refs" in use`,
    // `Illegal division by zero`, `Modification of a read-only value attempted`, `Global symbol "%s" requires explicit
    // package name`, `Bareword "%s" not allowed while "strict subs" in use`), printed by die as `<message> at <file> line
    // <n>.`. Not `Can't call method "%s" on an undefined value`: a handle a refused connect left undef (DBI->connect with
    // RaiseError off returns undef) reads the same. Nor `Can't locate Foo.pm in @INC`: a module not installed (a client's).
    id: "code.perl-runtime-error",
    title: "Perl error in the code",
    patterns: [/Can't locate object method "\w{1,100}" via package "[\w:]{1,200}"|Can't call method "\w{1,100}" (?:on unblessed reference|without a package or object reference)|Undefined subroutine &[\w:]{1,200} called|\bNot an? (?:HASH|ARRAY|CODE|SCALAR|GLOB) reference at |Can't use an undefined value as an? (?:HASH|ARRAY|SCALAR|CODE|symbol|filehandle|subroutine) reference|Can't use string \("[^\n]{0,200}"\) as an? \w{1,20} ref while "strict refs" in use|\bIllegal division by zero at |Modification of a read-only value attempted at |Global symbol "[$@%]\w{1,100}" requires explicit package name|Bareword "[\w:]{1,200}" not allowed while "strict subs" in use/],
    examples: [`Can't locate object method "sub_total" via package "Shop::Order" at lib/Shop/Order.pm line 33.`, `Can't locate object method "new" via package "Shop::Cart" (perhaps you forgot to load "Shop::Cart"?) at t/01-cart.t line 9.`, "Undefined subroutine &Shop::Price::with_tax called at t/02-price.t line 7.", "Not a HASH reference at lib/Shop/Order.pm line 12.", "Can't use an undefined value as an ARRAY reference at lib/Shop/Cart.pm line 20.", "Illegal division by zero at lib/Shop/Stats.pm line 8.", 'Global symbol "$totl" requires explicit package name (did you forget to declare "my $totl"?) at lib/Shop/Order.pm line 30.', `Can't call method "total" on unblessed reference at t/01-order.t line 11.`],
    counterExamples: [`Can't call method "do" on an undefined value at lib/Shop/Order.pm line 40.`, "Can't locate Redis.pm in @INC (you may need to install the Redis module) (@INC contains: lib /etc/perl) at lib/Shop/Stock.pm line 5.", `DBI connect('dbname=shop;host=127.0.0.1','postgres',...) failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused`, "Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Stock.pm line 9."],
    why: "Perl stopped on an error of the program itself (a misspelt method or subroutine, a wrong reference, an undeclared variable)"
  }),
  code({
    id: "code.compile-error",
    title: "Does not compile",
    patterns: [/error\[E\d{4}\]|error TS\d{4}|error CS\d{4}/, /(?<!except )\b(?:SyntaxError|IndentationError)(?=:|\s*$)/, /cannot find symbol|COMPILATION ERROR|Compilation failed/, /\.(?:c|cc|cpp|cxx|h|hpp):\d{1,6}:\d{1,6}: (?:fatal )?error: /, /\.java:\[\d+,\d+\] (?:incompatible types|cannot find symbol)/, /^e: \S{1,500}\.kts?:\d+:\d+ /, /\.go:\d+:\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/],
    examples: ["error[E0308]: mismatched types", "src/a.ts(3,5): error TS2322: Type", "SyntaxError: invalid syntax", "[ERROR] COMPILATION ERROR :", "./store.go:12:2: undefined: Foo"],
    why: "the code does not compile"
  }),
  code({
    // The Go toolchain's own diagnostics, `file.go:line:column: message`, at a line's start: `go vet`'s and the compiler's
    // (cmd/go prints them under a `# package` header), and linters' alike (staticcheck, golangci-lint). A test's own lines
    // are indented and have no column (`    store_test.go:7: ...`), a panic's frames end in `+0x1d`.
    id: "code.go-diagnostic",
    title: "Go vet or compiler diagnostic",
    // Not a package the build could not find (`cannot find package "github.com/lib/pq"`): that is a client not installed
    // (modules.ts module.go.missing), said in the same form.
    patterns: [/^[\w./-]{1,300}\.go:\d{1,6}:\d{1,6}: (?!cannot find package |no required module provides package |package [\w./-]{1,200} is not in |could not import |[\w./-]{0,200}imports? )\S/],
    examples: ["./sku.go:13:13: result of fmt.Errorf call not used", "internal/cart/cart.go:41:2: ineffectual assignment to err (ineffassign)"],
    counterExamples: ["    store_test.go:7: database: dial tcp 127.0.0.1:5432: connect: connection refused", "	/home/runner/work/app/main.go:12 +0x1d", "main.go:23: cannot connect: dial tcp 127.0.0.1:5432: connect: connection refused", 'dialects/postgres/postgres.go:11:2: cannot find package "github.com/lib/pq" in any of:', "store.go:5:2: no required module provides package github.com/lib/pq; to add it:"],
    why: "a Go check the job ran (vet, the compiler, a linter) found a fault in the code"
  }),
  code({
    // A lint report printed as JSON: ESLint's `--format json` (`"ruleId":"no-unsafe-negation","severity":2,"message":...`;
    // severity 2 is an error, 1 a warning).
    id: "code.lint-json",
    title: "A linter reported an error",
    patterns: [/"ruleId":(?:"[^"\n]{1,200}"|null),"severity":2,"message":"/],
    examples: [`[{"filePath":"/app/src/cart.js","messages":[{"ruleId":"no-unsafe-negation","severity":2,"message":"Unexpected negating the left operand of 'in' operator.","line":5}]`],
    counterExamples: ['[{"filePath":"/app/src/cart.js","messages":[{"ruleId":"no-console","severity":1,"message":"Unexpected console statement.","line":5}]'],
    why: "a linter the job ran reported an error in the code"
  }),
  code({
    // A coverage gate that failed a run whose tests passed: pytest-cov (`FAIL Required test coverage of 90% not reached.`),
    // SimpleCov (`Line coverage (80.00%) is below the expected minimum coverage (90.00%).`, `SimpleCov failed with exit 2`),
    // jest (`Jest: "global" coverage threshold for lines (90%) not met: 86.36%`), nyc and c8 (`ERROR: Coverage for lines
    // (86.36%) does not meet global threshold (90%)`), JaCoCo's check (`Rule violated for bundle x: lines covered ratio is
    // 0.80, but expected minimum is 0.90`).
    id: "code.coverage-below-minimum",
    title: "Test coverage below the required minimum",
    patterns: [/^FAIL Required test coverage of [\d.]{1,10}% not reached\b/, /\bcoverage \([\d.]{1,10}%\) is below the expected minimum coverage\b|^SimpleCov failed with exit \d{1,3}\b/, /\bcoverage threshold for \w{1,20} \([\d.]{1,10}%\) not met\b/, /\bCoverage for \w{1,20} \([\d.]{1,10}%\) does not meet (?:global )?threshold\b/, /\bRule violated for \w{1,20} [^\n]{1,300}: \w{1,30} covered ratio is [\d.]{1,10}, but expected minimum is [\d.]{1,10}/],
    examples: ["FAIL Required test coverage of 90% not reached. Total coverage: 86.36%", "Line coverage (80.00%) is below the expected minimum coverage (90.00%).", "SimpleCov failed with exit 2 due to a coverage related error", 'Jest: "global" coverage threshold for lines (90%) not met: 86.36%', "ERROR: Coverage for lines (86.36%) does not meet global threshold (90%)", "[WARNING] Rule violated for bundle orders: lines covered ratio is 0.80, but expected minimum is 0.90"],
    counterExamples: ["Required test coverage of 90% reached. Total coverage: 93.10%", "Line coverage: 93.1% (120 / 129)"],
    why: "the tests ran, and a coverage gate failed the run: the code lacks tests, whatever a service did"
  }),
  code({
    // A script that compares its output with a golden file prints the difference.
    id: "code.diff",
    title: "Output differs from the expected",
    patterns: [/^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@/],
    examples: ["@@ -1,3 +1,3 @@"],
    why: "a diff of what was printed against what was expected"
  }),
  code({
    id: "code.panic",
    title: "Panic on a programming error",
    // Go's runtime errors that are a program's own: a write to a nil map, a slice past its end, a division by zero.
    patterns: [/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/, /panicked at '(?:called `Option::unwrap\(\)` on a `None` value|index out of bounds)/],
    examples: ["panic: runtime error: invalid memory address or nil pointer dereference", "index out of bounds: the len is 3 but the index is 5", "panic: assignment to entry in nil map [recovered]"],
    why: "the code panicked on a programming error"
  }),
  code({
    // The database was there and answered: the statement, or the schema the tests made, is the project's.
    // PostgreSQL's parser and catalogue errors (SQLSTATE 42601, 42703, 42883, 42P01), MySQL/MariaDB's (1064, 1054, 1146).
    // Last among the code rules: an assertion that wanted one of these and got a refusal is read as an assertion first.
    id: "code.sql-rejected",
    title: "The database rejected the statement",
    // Not a missing table, schema or type: migrations that a refused step never ran leave those (attack 25).
    // Not the server's own log (`2026-12-05 10:00:00 UTC [42] ERROR:  syntax error ...`, dumped by CI): it logs every client's errors, a passing test's too.
    patterns: [
      // A PHP library that passes the driver's message through htmlentities() before trigger_error()
      // (ezSQL/ezsql lib/ezsqlModel.php register_error) prints its quotes as `&quot;` (twice escaped, `&amp;quot;`).
      /^(?!.{0,120}\[\d{1,7}\](?: \S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\bsyntax error at or near (?:"|&(?:amp;)?quot;)|\bsyntax error at end of input\b)/,
      /^(?!.{0,120}\[\d{1,7}\](?: \S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\b(?:column|operator) (?:"[^"\n]{1,200}"|&(?:amp;)?quot;[^&"\n]{1,200}&(?:amp;)?quot;) does not exist\b|\bfunction [\w."]{1,200}\([^)\n]{0,300}\) does not exist\b)/,
      // PostgreSQL's duplicate_table (42P07, src/backend/catalog/heap.c and commands/createas.c:
      // `relation "%s" already exists`): only a server that answered says it. Not its NOTICE for
      // CREATE … IF NOT EXISTS (`relation "%s" already exists, skipping`), which a passing run prints.
      /^(?!.{0,120}\[\d{1,7}\](?: \S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\bNOTICE:).{0,2000}?\brelation (?:"[^"\n]{1,200}"|&(?:amp;)?quot;[^&"\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\b/,
      /You have an error in your SQL syntax|\bUnknown column '[^'\n]{1,200}' in '/,
      // PostgreSQL's protocol errors for a statement and its parameters that do not match.
      /\bthere is no parameter \$\d{1,5}\b|\bbind message supplies \d{1,5} parameters?, but prepared statement "[^"\n]{0,200}" requires \d{1,5}\b/
    ],
    examples: ['error: syntax error at or near "ENUMS"', 'PDOException: SQLSTATE[42703]: Undefined column: 7 ERROR:  column "obj_id" does not exist', "error: function graphile_worker.complete_job(bigint[]) does not exist", "SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual", 'pq: syntax error at or near "2"', "ER_BAD_FIELD_ERROR: Unknown column 'nam' in 'field list'", "panic: pq: there is no parameter $0 [recovered]", 'error: bind message supplies 1 parameters, but prepared statement "" requires 2', "ERROR:  syntax error at or near &amp;quot;unit_test&amp;quot;", "42P07, 7, ERROR:  relation &quot;unit_test&quot; already exists CREATE TABLE unit_test(id integer, test_key varchar(50), PRIMARY KEY (ID))", 'PDOException: SQLSTATE[42P07]: Duplicate table: 7 ERROR:  relation "users" already exists', "ERROR:  column &quot;obj_id&quot; does not exist"],
    counterExamples: ['FATAL:  database "app_test" does not exist', 'FATAL:  role "app" does not exist', "ERROR 1049 (42000): Unknown database 'app'", 'error: relation "orders" does not exist', "Error: ER_NO_SUCH_TABLE: Table 'app.users' doesn't exist", '2026-12-05 10:00:00.123 UTC [4242] ERROR:  syntax error at or near "SELEC" at character 1', 'postgres-1  | 2026-12-05 10:00:00.123 UTC [4242] ERROR:  syntax error at or near "SELEC"', 'NOTICE:  relation "users" already exists, skipping', 'psql:schema.sql:3: NOTICE:  relation "users" already exists, skipping', '2026-12-05 10:00:00.123 UTC [4242] ERROR:  relation "users" already exists', "Warning: pg_connect(): Unable to connect to PostgreSQL server: could not translate host name &quot;postgres&quot; to address: Name or service not known", "error: relation &quot;orders&quot; does not exist"],
    why: "the database answered and rejected the statement: it was running, and the SQL (or the schema the tests set up, a table they create twice) is the code's"
  })
];
function assertionSides(line) {
  const phpunit = /Failed asserting that exception of type "([^"]{1,300})" matches expected exception "([^"]{1,300})"(?:\. Message was: "(.{0,600}?)"(?: at)?)?\s*$/.exec(line);
  if (phpunit) return { actual: `${phpunit[1]}: ${phpunit[3] ?? ""}`, expected: phpunit[2] };
  const instance = /^(?:E\s+)?(?:AssertionError: )?(.{1,600}) is not an instance of <class '([\w.]{1,300})'>/.exec(line.trim());
  if (instance) return { actual: instance[1], expected: instance[2] };
  const thrown = /Unexpected exception type thrown,? expected: <([\w.$]{1,300})> but was: <([\w.$]{1,300})>/.exec(line);
  if (thrown) return { actual: thrown[2], expected: thrown[1] };
  const none = /^(?:E\s+)?(?:AssertionError: )?(?:assert (.{1,600}) is None|(.{1,600}) is not None)\s*$/.exec(line.trim());
  if (none) return { actual: none[1] ?? none[2], expected: "None", returned: true };
  const chai = /\bexpected (.{1,600}?) (?:not )?to (?:not )?(?:be|equal|eql|deep|exist|have|include|match|contain)\b(.*)$/.exec(line);
  if (chai && !/,? (?:but )?got:? /.test(chai[2])) return { actual: chai[1], expected: chai[2] };
  const goStyle = /\bgot:? (.{1,600}?),? want(?:ed)?:? (.*)$/.exec(line);
  if (goStyle) return { actual: goStyle[1], expected: goStyle[2] };
  const split = /^(.*)\b(?:but got|got|but was|received|actual(?: value)?)\b:?\s(.+)$/i.exec(line);
  if (split && /\b(?:expected|want|should)/i.test(split[1])) return { expected: split[1], actual: split[2] };
  return void 0;
}
var NAMES_AN_ERROR = /Error|Exception|\berr\b|\berror\b|Err[A-Z]\w*|unavailable|\bfail(?:ed|ure|s)?\b|could not|cannot|can't|refused|timed? ?out|\bdown\b|try again|degraded|fallback|offline|does not exist|not found|no such|missing|invalid|denied|exceed|reject|forbidden|expired|conflict|not allowed/i;
var EXPECTED_ANSWER_ERROR = /^[\s"'`]*[\w\\.$]{0,200}(?:Exception|Error)["'`.]*\s*$/;
var SERVER_ANSWER = /\b(?:syntax error at or near|syntax error|duplicate key value|unique (?:violation|constraint)|foreign key constraint|undefined (?:table|column|function)|WRONGTYPE|NOSCRIPT|BUSYGROUP|SQLSTATE\[?\w{5}|ORA-\d{4,5}|pq: |sql: Scan error)|\bpq\.Error\b|PSQLException|QueryFailedError/;
var CONNECTING_WORDS = /connect|socket|timeout|timed ?out|network|unreachable|unavailable|offline|\bdown\b|refused|\bIO\b|IOException|IOError|host|dns|resolv|transport|closed/i;
var NO_ERROR_EXPECTED = /\bnot to be an instance of Error\b|\bto not exist\b|\bnot to exist\b|\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i;
var EXPECTS_ERROR = /Unexpected exception, expected<|pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw|\bexpected (?:an? )?[\w.]{0,80}(?:Error|Exception|error)\b.{0,80}\b(?:got|but|to be)/i;
var NULL_HANDLE = /\b(?:conn(?:ection)?s?|client|pool|session|db|database|cursor|rows|query|channel|socket|redis|jedis|datasource|driver|producer|consumer)\b/i;
var CLOSING_HANDLE = /\(reading '(?:end|close|quit|disconnect|destroy|shutdown|release|dispose)'\)|object has no attribute '(?:close|disconnect|quit|shutdown|dispose)'|undefined method `(?:close|disconnect|quit|shutdown|finish)' for nil|Call to a member function (?:close|disconnect|quit)\(\) on null|Cannot invoke "[^"]{1,200}\.(?:close|shutdown|disconnect|quit)\(\)"/;
var SQL_HANDLE = /\b(?:query|rows)\b/i;
var NULL_DEREFERENCE = /Call to a member function \w{1,100}\(\) on null|Attempt to (?:read|assign) property "\w{1,100}" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method `\w+' for nil|nil pointer dereference|called `Option::unwrap\(\)` on a `None` value|Cannot invoke "[^"]{1,200}" because "?[^"]{0,200}"? is null/;

// src/classify/rules/connection.ts
var infra = (service, indication) => rule("infrastructure", "high", service, indication);
var maybe = (indication) => rule("infrastructure", "ambiguous", "", indication);
var SERVICE_NAMES = [...new Set(SERVICES.flatMap((s) => [s.name, ...s.aliases]).filter((n) => n.length >= 4))].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|");
var HOST = String.raw`(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255})`;
var NEVER_CONNECTED_RULES = [
  rule("infrastructure", "ambiguous", "mongodb", {
    id: "mongodb.mongoose-buffering",
    title: "Mongoose never had a connection",
    patterns: [/Operation `[^`]{1,200}` buffering timed out after \d+ ?ms/],
    examples: ["MongooseError: Operation `users.insertOne()` buffering timed out after 10000ms"],
    counterExamples: ["MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017"],
    why: "mongoose buffers operations until a connection opens: none did, whether the server was down or the code never connected"
  }),
  rule("infrastructure", "ambiguous", "kafka", {
    id: "kafka.librdkafka.all-brokers-down",
    title: "librdkafka has no broker connection left",
    patterns: [/Local: All broker connections are down/],
    examples: ["RdKafka\\Exception: Local: All broker connections are down", 'KafkaError{code=_ALL_BROKERS_DOWN,val=-187,str="Failed to get watermark offsets: Local: All broker connections are down"}'],
    counterExamples: ["Local: Broker transport failure"],
    why: 'librdkafka (RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, "Local: All broker connections are down") summarises every broker connection lost: a broker not there, or one that closed a TLS or SASL handshake the client got wrong'
  }),
  // PHP's own database extensions handed a connection that was never opened: pg_connect() returns
  // false when it fails (php-src ext/pgsql/pgsql.c), and a handle left unset is null; the next call
  // then fails on its typed parameter (ext/pgsql/pgsql.stub.php `PgSql\Connection $connection`,
  // ext/mysqli/mysqli.stub.php `mysqli $mysql`; before PHP 8.1 a resource, "expects parameter 1 to
  // be resource"). The connect that failed may be another test's (a library that keeps one handle):
  // the server was down, refused the credentials, or the code never connected. Only possibly the service.
  rule("infrastructure", "ambiguous", "postgresql", {
    id: "postgresql.php.connection-never-opened",
    title: "A PostgreSQL connection that was never opened (PHP pgsql)",
    patterns: [/\bpg_\w{1,40}\(\): Argument #1 \(\$connection\) must be of type \??PgSql\\Connection, (?:bool|null) given/, /\bpg_\w{1,40}\(\) expects parameter 1 to be resource, (?:bool|boolean|null) given/],
    examples: ["TypeError: pg_escape_string(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given", "PHP Fatal error:  Uncaught TypeError: pg_query(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given in /app/src/Db.php:20", "Warning: pg_query() expects parameter 1 to be resource, boolean given in /app/db.php on line 9"],
    counterExamples: ["TypeError: pg_query(): Argument #2 ($query) must be of type string, array given", "TypeError: pg_fetch_assoc(): Argument #1 ($result) must be of type PgSql\\Result, bool given", "TypeError: fclose(): Argument #1 ($stream) must be of type resource, bool given"],
    why: "a PHP pgsql function got false or null for its connection: pg_connect() failed (a server down, or one that refused the credentials) or was never called"
  }),
  rule("infrastructure", "ambiguous", "mysql", {
    id: "mysql.php.connection-never-opened",
    title: "A MySQL connection that was never opened (PHP mysqli)",
    patterns: [/\bmysqli_\w{1,40}\(\): Argument #1 \(\$mysql\) must be of type mysqli, (?:bool|null) given/, /\bmysqli_\w{1,40}\(\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/],
    examples: ["TypeError: mysqli_real_escape_string(): Argument #1 ($mysql) must be of type mysqli, null given", "PHP Warning:  mysqli_query() expects parameter 1 to be mysqli, boolean given in /app/db.php on line 7"],
    counterExamples: ["TypeError: mysqli_query(): Argument #2 ($query) must be of type string, null given", "TypeError: mysqli_fetch_assoc(): Argument #1 ($result) must be of type mysqli_result, bool given"],
    why: "a PHP mysqli function got false or null for its connection: mysqli_connect() failed (a server down, or one that refused the credentials) or was never called"
  })
];
var NOT_READY_RULES = [
  maybe({
    id: "service.not-ready",
    title: "The service answered that it is not ready yet",
    patterns: [/the database system is (?:starting up|shutting down|in recovery mode)/, /LOADING Redis is loading the dataset in memory/, /server is in the process of starting up/i],
    examples: ["asyncpg.exceptions.CannotConnectNowError: the database system is starting up", "FATAL:  the database system is starting up"],
    why: "a server was there and answered that it is starting: the tests did not wait for it to be ready"
  })
];
var ENDPOINT_REFUSAL = infra("", {
  id: "network.refused.endpoint",
  title: "Connection refused",
  patterns: [
    new RegExp(String.raw`(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\w.-]{0,255}\/)?|Connect call failed \(')${HOST}(?:'?, |:)(?<port>\d{1,5})(?!\d)`),
    // Java prints an InetSocketAddress as `hostname/literal:port`, the hostname empty when the address was given as a literal
    // (JDK java/net/InetSocketAddress.java toString); netty wraps the refusal in `AbstractChannel$AnnotatedConnectException`,
    // whose message is the JDK's followed by `: ` and that address (netty/netty transport/src/main/java/io/netty/channel/
    // AbstractChannel.java, annotateConnectException): `Connection refused: /127.0.0.1:6379` (the `Connection refused: ` above).
    /Connection refused - connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
    /actively refused it\.? \(?(?<host>[\w.-]{1,255}):(?<port>\d{1,5})\)?/,
    /tcp connect \((?<host>[\w.-]{1,255}):(?<port>\d{1,5})\): (?:connection refused|econnrefused|non-existing domain)/,
    // Go dials the local system for an address without a host (`:6379`).
    /dial tcp :(?<port>\d{1,5}): connect: connection refused/,
    new RegExp(String.raw`https?://${HOST}:(?<port>\d{1,5})[^\s"']{0,300}["']?:? (?:Connection refused|connect(?:ion)? refused)`, "i"),
    // PHP: Predis `Connection refused [tcp://127.0.0.1:6379]`, streams `Unable to connect to tcp://host:port (Connection refused)`.
    new RegExp(String.raw`Connection refused \[(?:tcp|tls|unix)://${HOST}:(?<port>\d{1,5})\]`),
    new RegExp(String.raw`[Uu]nable to connect to (?:tcp|tls|ssl)://${HOST}:(?<port>\d{1,5}) \((?:Connection refused|.{0,40}\b111\b)`),
    // A client that names the URL it dialled, then the refusal: `Connection to Redis tcp://127.0.0.1:6379 failed ... (111) Connection refused`.
    new RegExp(String.raw`\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?)://${HOST}:(?<port>\d{1,5})(?![\d/])[^\n]{0,160}?\b(?:Connection refused|ECONNREFUSED)`),
    // Any client that says where: `... at localhost:6379: Connection refused`, `127.0.0.1:5432 (Connection refused)`.
    new RegExp(String.raw`\b(?:at|to|on) ${HOST}:(?<port>\d{1,5})(?!\d)[.:,]? \(?(?:[Cc]onnection refused|ECONNREFUSED)`)
  ],
  examples: ["Predis\\Connection\\ConnectionException: Connection refused [tcp://127.0.0.1:6379]", "stream_socket_client(): Unable to connect to tcp://127.0.0.1:5672 (Connection refused)", "CredisException: Connection to Redis tcp://127.0.0.1:6379 failed after 1 failures.Last Error : (111) Connection refused", "_pytest.outcomes.Exit: Could not connect to Redis at localhost:6379: Connection refused", "Error: connect ECONNREFUSED 127.0.0.1:5432", "dial tcp 127.0.0.1:6379: connect: connection refused", "redistore_test.go:430: dial tcp :6379: connect: connection refused", "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432)", 'Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 6379', "java.net.ConnectException: Connection refused: localhost/127.0.0.1:5672", "=> java.util.concurrent.ExecutionException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /127.0.0.1:6379", "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: localhost/127.0.0.1:5432", 'ResourceAccessException: I/O error on POST request for "http://localhost:8080/api/orders": Connection refused'],
  counterExamples: ["io.netty.channel.ConnectTimeoutException: connection timed out: /127.0.0.1:6379", "ConnectionError: connection refused by policy: user is not authorized"],
  why: "a client was refused by the endpoint it names",
  interpret: "endpoint"
});
var JAVA_WRAPPER_PACKAGES = [.../* @__PURE__ */ new Set([
  "io.netty",
  "io.vertx",
  "reactor",
  "org.springframework",
  "org.apache.http",
  "org.apache.hc",
  "org.apache.commons.dbcp2",
  "org.apache.tomcat.jdbc",
  "okhttp3",
  "feign",
  "retrofit2",
  "io.grpc",
  ...SERVICES.flatMap((s) => s.clients.java ?? []),
  ...GENERIC_SQL_CLIENTS.java
])];
var JDK_WRAPPERS = ["java.util.concurrent.ExecutionException", "java.util.concurrent.CompletionException", "java.io.UncheckedIOException", "java.lang.reflect.UndeclaredThrowableException", "java.lang.reflect.InvocationTargetException"];
var dotted = (names) => `(?:${names.map((n) => n.replace(/\./g, "\\.")).join("|")})`;
var CONNECTION_RULES = [
  maybe({
    // gocheck's `c.Assert` whose obtained value is a connection's error (`... obtained string = "dial tcp ...: connection
    // refused"`): what the test compared may be state another test left (a shared link's remembered error, attack 35a) as
    // well as its own refused call. Only possible.
    id: "network.refused.gocheck-obtained",
    title: "A compared value is a connection error",
    patterns: [new RegExp(String.raw`^\.\.\. obtained [\w.*[\]{}]{1,100} = (?=[^\n]{0,600}${GO_CONNECTION_ERROR})`)],
    examples: ['... obtained string = "dial tcp 127.0.0.1:6379: connect: connection refused"', '... obtained *net.OpError = &net.OpError{Op:"dial", Net:"tcp", Source:net.Addr(nil)}'],
    counterExamples: ['... obtained string = "reconnecting"'],
    why: "the value a check compared is a connection error: the test's own refused call, or another test's"
  }),
  maybe({
    // The JDK's refusal as the message of another exception whose class is none of the JDK's, a client's or a framework's:
    // a project's own error that quotes a refusal's text as data (`com.acme.ErrorKind$UnknownError: java.net.ConnectException:
    // Connection refused` from a classifier of error messages that never connects, attack 33a). Only possible.
    id: "network.refused.java-quoted",
    title: "A refusal's text inside another exception's message",
    // The refusal may come after words of the project's own (`UnknownError: no kind for: java.net.ConnectException: ...`).
    patterns: [new RegExp(String.raw`(?<![\w$.])(?!${dotted(JAVA_WRAPPER_PACKAGES)}\.|${dotted(JDK_WRAPPERS)}: )(?:[A-Za-z_$][\w$.]{0,300}(?:Exception|Error)[\w$]{0,40}|[a-z][\w$]{0,60}\.[\w$.]{1,300}): (?:[^\n]{0,300}?[\s:(])?java\.net\.ConnectException: Connection refused`)],
    examples: ["    => com.acme.ErrorKind$UnknownError: java.net.ConnectException: Connection refused", "=> java.lang.IllegalStateException: java.net.ConnectException: Connection refused", "=> org.apache.alerts.ErrorKind$UnknownError: java.net.ConnectException: Connection refused", "=> com.acme.ErrorKind$UnknownError: no kind for: java.net.ConnectException: Connection refused", "java.util.concurrent.ExecutionException: com.acme.status.Unclassified: java.net.ConnectException: Connection refused"],
    counterExamples: ["Caused by: java.net.ConnectException: Connection refused", "java.util.concurrent.ExecutionException: java.net.ConnectException: Connection refused", "redis.clients.jedis.exceptions.JedisConnectionException: java.net.ConnectException: Connection refused (Connection refused)", "org.springframework.data.redis.RedisConnectionFailureException: java.net.ConnectException: Connection refused"],
    why: "the text of a refusal inside an exception the project threw: a refusal it was given to handle, or one it met"
  }),
  ENDPOINT_REFUSAL,
  infra("", {
    // .NET's SocketsHttpHandler (dotnet/runtime System.Net.Http ConnectHelper.CreateWrappedException:
    // `$"{error.Message} ({host}:{port})"`) on Linux and macOS; Windows' words are read above (`actively refused it`).
    id: "network.refused.dotnet-http",
    title: "HTTP endpoint refused (.NET HttpClient)",
    patterns: [new RegExp(String.raw`HttpRequestException ?: Connection refused \(${HOST}:(?<port>\d{1,5})\)`)],
    examples: ["---- System.Net.Http.HttpRequestException : Connection refused (localhost:9200)", "# OriginalException: System.Net.Http.HttpRequestException: Connection refused (127.0.0.1:9200)"],
    counterExamples: ["System.Net.Http.HttpRequestException : Response status code does not indicate success: 503 (Service Unavailable).", "System.Net.Http.HttpRequestException : Name or service not known (elasticsearch:9200)"],
    why: ".NET's HttpClient names the endpoint that refused it",
    interpret: "endpoint",
    httpClient: true
  }),
  maybe({
    // Node's own connect error after the OS gave up (`connect ETIMEDOUT 10.0.0.5:5432`). Possible only: a local
    // service that is not running refuses at once; a connect that times out dialled an address that does not
    // answer, which is as often the code's (a test of its own timeout, a wrong host) as a service's (attack 27b).
    id: "network.connect-timeout.endpoint",
    title: "Connecting timed out",
    patterns: [new RegExp(String.raw`\bconnect ETIMEDOUT ${HOST}:(?<port>\d{1,5})(?!\d)`)],
    examples: ["Error: connect ETIMEDOUT 127.0.0.1:5432", "connect ETIMEDOUT 10.1.2.3:6379"],
    counterExamples: ["Error: read ETIMEDOUT", "Error: connect ETIMEDOUT"],
    why: "the connection to the endpoint it names timed out before it opened",
    interpret: "endpoint"
  }),
  maybe({
    // mysqljs (lib/Connection.js _handleConnectTimeout), mysql2 (lib/base/connection.js _handleTimeoutError)
    // and ioredis (lib/Redis.ts, connectTimeout) make this error themselves, without an address, when the
    // socket did not connect within connectTimeout: the service comes from the unit's other lines.
    id: "network.connect-timeout.client",
    title: "Connecting timed out (Node client connectTimeout)",
    patterns: [/^\s*(?:Error: )?connect ETIMEDOUT\s*$/],
    examples: ["    Error: connect ETIMEDOUT", "connect ETIMEDOUT"],
    counterExamples: ["Error: read ETIMEDOUT", "Error: connect ETIMEDOUT 10.1.2.3:5432", 'expect(err.message).toBe("connect ETIMEDOUT")'],
    why: "a Node client gave up opening its socket (connectTimeout); the service comes from the unit's other lines"
  }),
  infra("", {
    id: "network.refused.http-pool",
    title: "HTTP endpoint refused (urllib3)",
    patterns: [/HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/],
    examples: ["requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=9200): Max retries exceeded with url: /"],
    why: "urllib3 names the endpoint it could not reach",
    interpret: "endpoint",
    httpClient: true
  }),
  infra("", {
    id: "network.failed-to-connect.endpoint",
    title: "Failed to connect",
    patterns: [new RegExp(String.raw`Failed to connect to ${HOST_PORT}(?: -| in|:|$)`), new RegExp(String.raw`Can't reach database server at \`?${HOST}\`?:\`?(?<port>\d{1,5})`), new RegExp(String.raw`[Cc]ould not connect to ${HOST_PORT}`)],
    examples: ["ConnectionError: Failed to connect to localhost:1433 - Could not connect (sequence)", "Error: P1001: Can't reach database server at `localhost`:`5432`"],
    why: "a client names the endpoint it could not reach",
    interpret: "endpoint"
  }),
  infra("", {
    id: "network.refused",
    title: "Connection refused",
    patterns: [/ConnectionRefusedError|\[Errno 111\] Connection refused|\[Errno 61\] Connection refused|\[WinError 10061\]/, /java\.net\.ConnectException: Connection refused|ConnectionRefused|Connection refused \(os error 111\)|SocketException \(111\)|actively refused it|ECONNREFUSED/, /Connexion refusée|Verbindungsaufbau abgelehnt|Conexión rehusada|Connessione rifiutata|Conexão recusada/, /Errno::ECONNREFUSED/, /:econnrefused\b/, /SQLSTATE\[HY000\] \[2002\] Connection refused/, /\b[Cc]onnection failed: Connection refused\b/],
    examples: [":econnrefused", "ConnectionRefusedError: [Errno 111] Connection refused", "psycopg.OperationalError: connection failed: Connection refused", "java.net.ConnectException: Connection refused", 'Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }', "AggregateError [ECONNREFUSED]: "],
    counterExamples: ["ConnectionError: connection refused by policy: user is not authorized", "ConnectionError: connection refused"],
    why: "the OS refused a connection; the service comes from the unit's other lines"
  }),
  maybe({
    // nats.js 3 (nats-io/nats.js transport-node/src/node_transport.ts: ECONNREFUSED becomes `new errors.ConnectionError("connection refused")`):
    // a common class name and a common phrase, which a project's own client or fake throws too (attack 27b): possible only.
    id: "network.refused.nats-js",
    title: "Connection refused (nats.js?)",
    patterns: [/^\s*(?:Uncaught )?ConnectionError: connection refused\s*$/],
    examples: ["ConnectionError: connection refused"],
    counterExamples: ["ConnectionError: connection refused by policy: user is not authorized"],
    why: "nats.js words a refused socket this way; so may any code that names its own error ConnectionError"
  }),
  maybe({
    // The OS's own words for ECONNREFUSED (strerror) as an exception's whole message: a client that
    // passes the socket's error on (mysqlnd's connect_error, which PHP database layers rethrow as
    // their own `DriverException`). Possible only: a project's own class says the same of its own
    // sockets (attack 27d: a retry loop one attempt short, a failover that dials the wrong node).
    id: "network.refused.strerror",
    title: "Connection refused",
    patterns: [/^(?:# )?\s{0,12}(?:PHP Fatal error:\s{1,4}Uncaught )?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}[A-Z]\w{0,80}(?:Exception|Error): Connection refused\.?\s*$/],
    examples: ["   Dibi\\DriverException: Connection refused", "# Dibi\\DriverException: Connection refused"],
    counterExamples: ["RuntimeException: Connection refused by policy for tenant 42", "Dibi\\DriverException: Connection refused to user app"],
    why: "a client passed the socket's own refusal on as its message; the service comes from the unit's other lines"
  }),
  infra("", {
    // Apache HttpClient 4 and 5 (HttpHostConnectException: "Connect to " + host + " " + addresses + " failed: " + cause): the endpoint is named.
    id: "network.apache-httpclient.endpoint",
    title: "HTTP endpoint refused (Apache HttpClient)",
    patterns: [new RegExp(String.raw`Connect to (?:https?://)?${HOST}:(?<port>\d{1,5}) \[[^\]\n]{0,300}\] failed: Connection refused`)],
    examples: ["java.sql.SQLException: Connect to http://localhost:8123 [localhost/127.0.0.1] failed: Connection refused", "org.apache.http.conn.HttpHostConnectException: Connect to localhost:9200 [localhost/127.0.0.1, localhost/0:0:0:0:0:0:0:1] failed: Connection refused (Connection refused)"],
    counterExamples: ["org.apache.http.conn.HttpHostConnectException: Connect to localhost:9200 [localhost/127.0.0.1] failed: Read timed out", "Timeout connecting to the database"],
    why: "Apache HttpClient names the endpoint that refused it",
    interpret: "endpoint",
    httpClient: true
  }),
  maybe({
    // The same client's connect timeout (ConnectTimeoutException), and HttpCore NIO's pool's (AbstractNIOConnPool.timeout:
    // "Timeout connecting to [" + address + "]", which the Elasticsearch RestClient rethrows): nothing local answers that
    // slowly, so an address that did not answer is possibly the service's, possibly the code's (attack 27b).
    id: "network.apache-httpclient.connect-timeout",
    title: "HTTP endpoint did not answer (Apache HttpClient)",
    patterns: [new RegExp(String.raw`Connect to (?:https?://)?${HOST}:(?<port>\d{1,5}) \[[^\]\n]{0,300}\] failed: (?:[Cc]onnect timed out|Connection timed out)`), new RegExp(String.raw`Timeout connecting to \[(?:[\w.-]{1,255}/)?${HOST}:(?<port>\d{1,5})\]`)],
    examples: ["org.apache.http.conn.ConnectTimeoutException: Connect to localhost:9200 [localhost/127.0.0.1] failed: connect timed out", "java.net.ConnectException: Timeout connecting to [localhost/127.0.0.1:9200]"],
    counterExamples: ["org.apache.http.conn.HttpHostConnectException: Connect to localhost:9200 [localhost/127.0.0.1] failed: Read timed out", "Timeout connecting to the database"],
    why: "Apache HttpClient could not open a connection to the endpoint it names in time",
    interpret: "endpoint",
    httpClient: true
  }),
  maybe({
    // The JDK's own words for a TCP connect that got no answer (NioSocketImpl.timedFinishConnect; the OS's ETIMEDOUT): not a read that timed out.
    // Possible only, as Node's above: nothing local refuses that slowly (attack 27b: a test of the code's own timeout fallback).
    id: "network.jvm.connect-timeout",
    title: "Connect timed out (JVM)",
    patterns: [/java\.net\.SocketTimeoutException: [Cc]onnect timed out\b/, /java\.net\.ConnectException: Connection timed out\b/],
    examples: ["Caused by: java.net.SocketTimeoutException: Connect timed out", "java.net.SocketTimeoutException: connect timed out", "java.net.ConnectException: Connection timed out (Connection timed out)"],
    counterExamples: ["java.net.SocketTimeoutException: Read timed out", "java.net.SocketTimeoutException: timeout"],
    why: "the JVM's TCP connect got no answer before its timeout; the service comes from the unit's other lines"
  }),
  infra("", {
    id: "network.unix-socket.missing",
    title: "Service socket missing",
    patterns: [/dial unix (?<socket>\/[^\s:]{1,255}): connect: (?:no such file or directory|connection refused)/, /connect ENOENT (?<socket>\/\S{1,255}\.sock)/],
    examples: ["dial unix /var/run/docker.sock: connect: no such file or directory"],
    why: "no server listens on the unix socket",
    interpret: "endpoint"
  }),
  infra("", {
    id: "database.could-not-connect",
    title: "Database driver could not connect",
    // Not SQLite's: an embedded database that cannot open its file (SQLITE_CANTOPEN, "unable to open database file") is a path the code gave it.
    patterns: [/(?<!sqlite3?\.)OperationalError\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i],
    examples: ["sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused"],
    counterExamples: ["sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) unable to open database file", "django.db.utils.OperationalError: unable to open database file", "sqlite3.OperationalError: unable to open database file"],
    why: "a database driver raised OperationalError while connecting"
  }),
  infra("", {
    // A pool that never got a connection: the database did not answer (a leak would say so first).
    id: "database.pool-timeout",
    title: "Connection pool never got a connection",
    patterns: [
      /pool timed out while waiting for an open connection/,
      /(?:Pool|pool)Error: Timeout\((?:Wait|Create)\)|deadpool.{0,80}Timeout\((?:Wait|Create)\)/,
      /Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/,
      /timeout exceeded when trying to connect/,
      // c3p0 after its acquisition attempts failed (not a checkout timeout, which a busy pool also gives).
      /Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/
    ],
    examples: ["error returned from database: pool timed out while waiting for an open connection", "Error: timeout exceeded when trying to connect", "java.sql.SQLException: Connections could not be acquired from the underlying database!"],
    // HikariCP 5 counts the pool in the message (brettwooldridge/HikariCP HikariPool.java createTimeoutException): connections handed out and never returned are a leak, not an outage.
    counterExamples: ["java.sql.SQLException: An attempt by a client to checkout a Connection has timed out.", "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=2)", "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"],
    why: "the pool could not open a single connection: the database did not answer"
  }),
  maybe({
    // HikariCP before 5 says the same of a pool whose connections the code leaked (a `try (PreparedStatement ps =
    // ds.getConnection().prepareStatement(...))` that closes only the statement, attack 33a) as of a database that never
    // answered; only the `Caused by:` under it (a refusal) tells them apart, and that is read on its own line.
    id: "database.pool-timeout.hikari",
    title: "HikariCP found no connection in time",
    patterns: [/Connection is not available, request timed out after \d+ ?ms(?! ?\(total=\d{1,6}, active=[1-9])/],
    examples: ["HikariPool-1 - Connection is not available, request timed out after 30001ms."],
    counterExamples: ["java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=2)"],
    why: "HikariCP waited for a pooled connection: the database may not have answered, or the code held every connection"
  }),
  maybe({
    // Knex configures its pool with propagateCreateError (knex/knex lib/client.js getPoolSettings): a database
    // that refuses rejects the acquire with the driver's own error. This timeout is a pool that stayed full
    // (a leaked connection, a query outside its transaction: the message's own hint) or a connect that hung.
    id: "database.pool-timeout.knex",
    title: "Knex found no free connection in time",
    patterns: [/Knex: Timeout acquiring a connection/],
    examples: ["KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"],
    why: "Knex waited for a pooled connection: the database may not have answered, or the code held every connection"
  }),
  infra("", {
    id: "network.dns.service-host",
    title: "Service host name does not resolve",
    patterns: [/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})/, /could not translate host name "(?<host>[\w.-]{1,255})"/, /lookup (?<host>[\w.-]{1,255})(?: on [\d.:[\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\/o timeout)/, /Error -[23] connecting to (?<host>[\w.-]{1,255}):\d/, /php_network_getaddresses: getaddrinfo for (?<host>[\w.-]{1,255}) failed/, /Name or service not known.{0,40}\b(?<host>[\w.-]{1,255}):\d/, /UnknownHostException: (?<host>[\w.-]{1,255})/, /dial (?:tcp|udp)\d?: address (?<host>[\w.-]{1,255}): no suitable address found/, /Failed to open TCP connection to (?<host>[\w.-]{1,255}):\d{1,5} \((?:getaddrinfo|Name or service not known|nodename nor servname)/, /[Uu]nable to connect to (?:tcp|tls|ssl):\/\/(?<host>[\w.-]{1,255}):\d{1,5} \(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/],
    examples: ["php_network_getaddresses: getaddrinfo for redis failed: Name or service not known", "PhpAmqpLib\\Exception\\AMQPIOException: stream_socket_client(): Unable to connect to tcp://rabbitmq:5672 (-10001): Unknown host", "Error: getaddrinfo ENOTFOUND postgres", 'could not translate host name "db" to address: Name or service not known', "dial tcp: lookup redis on 127.0.0.11:53: no such host", "redistore_test.go:117: dial tcp: address redis: no suitable address found", "Failed to open TCP connection to rabbitmq:5672 (getaddrinfo: Name or service not known)", "java.net.UnknownHostException: mysql"],
    why: "the client could not resolve the service host",
    interpret: "dns"
  }),
  maybe({
    // Node 20 tries every address localhost resolves to and reports all refusals as one.
    id: "network.aggregate-error",
    title: "Every address refused (Node AggregateError)",
    patterns: [/^\s*(?:Uncaught )?AggregateError(?: \[ECONNREFUSED\])?:?\s*$/],
    examples: ["    AggregateError", "AggregateError [ECONNREFUSED]: "],
    why: "node reports refusals on several addresses as one AggregateError; a client frame names the service"
  }),
  maybe({
    id: "network.dns.unnamed-host",
    title: "A host name does not resolve",
    patterns: [/gaierror: \[Errno -[235]\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/, /java\.nio\.channels\.UnresolvedAddressException|getaddrinfo: Name or service not known \(SocketError\)|^\s*SocketError\s*$/],
    examples: ["socket.gaierror: [Errno -2] Name or service not known", "java.nio.channels.UnresolvedAddressException", "getaddrinfo: Name or service not known (SocketError)"],
    why: "name resolution failed and the line does not say for which host"
  }),
  infra("", {
    // urllib3 and requests: the message may wrap across lines, so the cause may not be on this one.
    id: "network.new-connection-error",
    title: "Failed to establish a new connection",
    patterns: [/Failed to establish a new connection: \[(?:Errno|WinError) (?:111|61|10061)\b/, /NewConnectionError\(.{0,200}Failed to establish a new connection(?!: \[Errno -)/],
    examples: ["urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused"],
    why: "an HTTP client could not open a connection; the service comes from the unit's other lines"
  }),
  infra("", {
    // A suite's own banner, the line's whole statement: `Cannot connect to Redis.` (redis-rb's test helper, after its
    // own connection attempt failed), `Could not connect to PostgreSQL`.
    id: "network.cannot-connect-named",
    title: "Cannot connect to a named service",
    // Or as the message of Spring Data Redis's own exception (spring-data-redis LettuceConnectionFactory and
    // JedisConnectionFactory throw `RedisConnectionFailureException("Unable to connect to Redis", e)`). Not any class
    // named like a connection's failure: a project names its own guard's class so too (`CacheConnectionError`, attack 32c).
    patterns: [new RegExp(String.raw`^\s{0,40}(?:(?:org\.springframework\.data\.redis\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>${SERVICE_NAMES})\b(?! (?:at|on) [\w.-]{1,255}:\d)`, "i")],
    examples: ["        Cannot connect to Redis.", "Could not connect to PostgreSQL", "org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis"],
    counterExamples: ["Uncaught ConfigError: REDIS_URL is not set; cannot connect to redis", "RuntimeError: could not connect to PostgreSQL: DATABASE_URL is empty", "CacheConnectionError: cannot connect to redis: REDIS_URL redis://127.0.0.1:6379/0 is not redis://host:port[/db]", "ConnectionError: cannot connect to redis"],
    why: "the log names the service it could not reach",
    interpret: "named"
  }),
  maybe({
    // The same words inside an error's message are the project's own reading, which its guards say before they ever dial
    // (`ConfigError: REDIS_URL is not set; cannot connect to redis`, attack 31c): only possible.
    id: "network.cannot-connect-named.in-message",
    title: "An error says it cannot connect to a named service",
    patterns: [new RegExp(String.raw`\S[^\n]{0,300}\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>${SERVICE_NAMES})\b(?! (?:at|on) [\w.-]{1,255}:\d)`, "i")],
    examples: ["Uncaught ConfigError: REDIS_URL is not set; cannot connect to redis", "RuntimeError: could not connect to PostgreSQL: DATABASE_URL is empty"],
    counterExamples: ["        Cannot connect to Redis."],
    why: "an error's message says it could not reach the service, in the project's words, not a client's",
    interpret: "named"
  }),
  infra("", {
    id: "tool.missing",
    title: "Service client tool not installed",
    patterns: [/(?:^|[\s:])(?<tool>[\w.-]{2,40}): (?:command )?not found/, /exec: "(?<tool>[\w.-]{2,40})": executable file not found/],
    examples: ["bash: psql: command not found", "sh: 1: redis-cli: not found", 'conn_test.go:368: error connection to database, exec: "redis-server": executable file not found in $PATH'],
    why: "the tests need a service's client tool, or its server when they start it themselves, and it is not installed",
    interpret: "tool"
  }),
  maybe({
    id: "tool.spawn-failed",
    title: "A service's program could not be started",
    // A suite that starts the server itself. The same words come from a working folder that does not exist (spawn's cwd): only possibly the program missing.
    patterns: [/\bspawn (?:[\w./-]{0,300}\/)?(?<tool>[\w.-]{2,40}) ENOENT\b/, /Errno::ENOENT: No such file or directory - (?:[\w./-]{0,300}\/)?(?<tool>[\w.-]{2,40})$/, /FileNotFoundError: \[Errno 2\] No such file or directory: '(?:[\w./-]{0,300}\/bin\/)?(?<tool>[\w.-]{2,40})'$/],
    examples: ["Error: spawn redis-server ENOENT", "Errno::ENOENT: No such file or directory - memcached", "FileNotFoundError: [Errno 2] No such file or directory: '/usr/lib/postgresql/15/bin/initdb'"],
    counterExamples: ["FileNotFoundError: [Errno 2] No such file or directory: 'fixtures/users.json' (in /app)", "Errno::ENOENT: No such file or directory @ rb_sysopen - config/redis.yml", "FileNotFoundError: [Errno 2] No such file or directory: 'migration/postgres'"],
    why: "starting a service's program failed as if it were not installed (or its working folder is missing)",
    interpret: "tool"
  })
];

// src/classify/rules/modules.ts
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var PHP_LIBRARY_SERVICES = SERVICES.filter((s) => (s.clients.php ?? []).length > 0);
var PHP_CLIENT_PACKAGES = PHP_LIBRARY_SERVICES.flatMap((s) => s.clients.php ?? []).map(escapeRe).join("|");
var PHP_LIBRARY_ROOTS = [...new Set(PHP_LIBRARY_SERVICES.flatMap((s) => (s.phpNames ?? []).filter((n) => n.includes("\\")).map((n) => n.split("\\")[0] ?? "")))].map(escapeRe).join("|");
var PHP_CLIENT_FILE = String.raw`(?<path>(?:[^'()\s]{0,300}/)?vendor/(?:composer/\.\./)?(?:${PHP_CLIENT_PACKAGES})/[^'()\s]{1,300}|(?:/usr/share/php/)?(?:${PHP_LIBRARY_ROOTS})/(?:autoload|Autoloader)\.php)`;
var maybe2 = (indication) => rule("infrastructure", "ambiguous", "", indication);
var infra2 = (indication) => rule("infrastructure", "high", "", indication);
var MODULE_RULES = [
  maybe2({
    id: "module.python.missing",
    title: "Python module not installed",
    // A project that catches the import and re-raises it in its own words: `ImportError: psycopg2 is not installed`.
    patterns: [/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]{1,200})'?/],
    examples: ["ModuleNotFoundError: No module named 'psycopg2'", "ImportError: No module named redis"],
    why: "a Python import failed",
    interpret: "module:python"
  }),
  maybe2({
    id: "module.npm.missing",
    title: "npm package not installed",
    patterns: [
      /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'/,
      /Failed to load url (?<module>[^\s(]{1,200}) \(resolved id/,
      /Failed to resolve (?:import|entry for package) "(?<module>[^"\s]{1,200})"/,
      // deno's resolver: a package.json dependency with no node_modules, an npm: specifier it cannot find, a bare name nothing maps.
      /Could not resolve "(?<module>[^"\s]{1,200})", but found it in a package\.json/,
      /Could not find a matching package for 'npm:(?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,200})(?:@[^'\s]{0,60})?'/,
      /Relative import path "(?<module>[^"./\s][^"\s]{0,200})" not prefixed with \/ or \.\/ or \.\.\//,
      /Import "(?<module>[^"./\s][^"\s]{0,200})" not a dependency/
    ],
    examples: ["Error: Cannot find module 'pg'", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'ioredis' imported from /app/test/a.test.js", 'error: Could not resolve "pg", but found it in a package.json. Deno expects the node_modules/ directory to be up to date.', "error: Could not find a matching package for 'npm:ioredis@^5' in the node_modules directory.", 'error: Relative import path "mysql2" not prefixed with / or ./ or ../', 'error: Import "pg" not a dependency'],
    // A shell's echo of an install command is what a script ran, not what failed.
    counterExamples: ["$ npm install pg --save", "+ npm install redis"],
    why: "a Node import failed",
    interpret: "module:npm"
  }),
  maybe2({
    // ORMs that catch loading the driver and say so in their own words: sequelize's ConnectionManager
    // (for any MODULE_NOT_FOUND while pg loads, a jest.mock path of the project's too), TypeORM's
    // DriverPackageNotInstalledError (0.2, 0.3; for any error at all, a mock factory's too). The
    // wording never proves the package is absent: only possibly infrastructure.
    id: "module.npm.orm-driver",
    title: "npm driver reported missing by an ORM",
    patterns: [/Please install (?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,200}) package manually/, /package has not been found installed\. (?:Try to install it: npm install|Please run "npm install) (?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,200})/],
    examples: ["Error: Please install pg package manually", 'DriverPackageNotInstalledError: Postgres package has not been found installed. Please run "npm install pg".', "DriverPackageNotInstalledError: Mysql package has not been found installed. Try to install it: npm install mysql --save"],
    counterExamples: ["$ npm install pg --save"],
    why: "the ORM says its driver could not be loaded: a driver not installed, or an error inside loading it (a test's mock of the driver) that the ORM rewords"
  }),
  maybe2({
    // A project's own words after catching the import: true most often, but only the import's failure proves it (an inverted guard says the same).
    id: "module.python.reraised",
    title: "Python module reported missing by the project",
    patterns: [/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\b/],
    examples: ["ImportError: psycopg2 is not installed", "RuntimeError: The 'redis' package is required"],
    counterExamples: ["ImportError: cannot import name x from y"],
    why: "the project says a client library is missing; the import's own failure, when the log shows it, proves it",
    provenByFailedImport: true
  }),
  maybe2({
    id: "module.ruby.missing",
    title: "Ruby library not installed",
    patterns: [/cannot load such file -- (?<module>[\w/.-]{1,200})/, /Could not find gem '(?<module>[\w-]{1,100})/, /Could not find (?<module>[a-z][\w-]{0,100}?)-\d[\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/],
    examples: ["LoadError: cannot load such file -- pg", "Bundler::GemNotFound: Could not find gem 'redis (~> 5.0)' in locally installed gems.", "Could not find mysql2-0.5.6 in locally installed gems"],
    why: "a Ruby require failed",
    interpret: "module:ruby"
  }),
  maybe2({
    id: "module.java.jdbc-driver",
    title: "JDBC driver not on the classpath",
    // HikariCP asks DriverManager.getDriver(jdbcUrl) when no driverClassName is set and wraps its only failure, SQLException
    // 'No suitable driver' (no registered driver accepts the URL): brettwooldridge/HikariCP
    // src/main/java/com/zaxxer/hikari/util/DriverDataSource.java, `"Failed to get driver instance for jdbcUrl=" + sanitizedUrl`.
    // Only a URL that starts well-formed (jdbc:<protocol>://) is read, and only as possible: an installed driver refuses a URL that
    // breaks later the same way (`jdbc:postgresql://localhost:null/orders`, attack 29a), and nothing on the line tells them apart.
    patterns: [/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/, /(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\/\//],
    examples: [
      "java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/test",
      "com.dieselpoint.norm.DbException: java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:mysql://localhost:3306/mydb?useSSL=false",
      "Caused by: java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:postgresql://postgres:5432/app"
    ],
    // A URL without the `:` after its protocol, or with the protocol in capitals (drivers compare it case-sensitively), is one the
    // code built wrong, whatever driver is installed (attacks 29b, 29c).
    counterExamples: [
      "java.sql.SQLException: No suitable driver found for jdbc:POSTGRESQL://localhost:5432/orders",
      "java.sql.SQLException: No suitable driver found for jdbc:postgresql//localhost:5432/orders",
      "java.lang.RuntimeException: Driver org.postgresql.Driver claims to not accept jdbcUrl, jdbc:postgres://localhost:5432/app",
      "java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:mysql:localhost:3306/mydb",
      "[main] DEBUG com.zaxxer.hikari.util.DriverDataSource - Loaded driver with class name org.postgresql.Driver for jdbcUrl=jdbc:postgresql://localhost/app"
    ],
    why: `no JDBC driver is registered for the URL (DriverManager's "No suitable driver", also as HikariCP's DriverDataSource wraps it)`,
    interpret: "jdbc"
  }),
  maybe2({
    id: "module.java.class-not-found",
    title: "Java class not found",
    patterns: [/ClassNotFoundException: (?<module>[\w.$]{1,200})/, /NoClassDefFoundError: (?<module>[\w/$]{1,200})/],
    examples: ["java.lang.ClassNotFoundException: org.postgresql.Driver", "java.lang.NoClassDefFoundError: redis/clients/jedis/JedisPool"],
    why: "a class is missing from the classpath",
    interpret: "module:java"
  }),
  maybe2({
    id: "module.maven.unresolved",
    title: "Maven dependency not resolved",
    patterns: [/Could not find artifact (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/, /Failure to find (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/, /artifacts? could not be resolved: (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/],
    examples: ["[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project x:app:jar:1.0: Could not find artifact org.postgresql:postgresql:jar:42.7.1 in central"],
    why: "Maven could not get a library the tests need",
    interpret: "module:maven"
  }),
  maybe2({
    id: "module.php.missing",
    title: "PHP class or function not defined",
    // PHP 8 quotes the class with ", PHP 7 with '; an extension that is not loaded defines neither its classes nor its functions.
    patterns: [/\b(?:Class|Interface) ["'](?<module>\\?[A-Za-z_][\w\\]{0,200})["'] not found/, /\bCall to undefined function (?<module>\\?[A-Za-z_][\w\\]{0,200})\(\)/],
    examples: ['PHP Fatal error:  Uncaught Error: Class "Redis" not found in /app/src/Cache.php:14', "Error: Call to undefined function pg_connect()", "Error: Class 'Memcached' not found", 'Error: Class "MongoDB\\Driver\\Manager" not found'],
    counterExamples: ['Class "Redis" is not instantiable', "Call to undefined method Redis::foo()"],
    why: "PHP could not find a class or function: a service client whose extension or library is not installed, or the project's own code",
    interpret: "module:php"
  }),
  // Only possible, never sure (attack 31b): the same words come from a path the project built wrong under an installed
  // client's directory (a `require_once __DIR__ . '/../vendor/...'` copied one directory deeper) and from an include_path
  // the code replaced (`set_include_path()` dropping /usr/share/php); the warning form never shows the include_path.
  maybe2({
    id: "module.php.required-client-file",
    title: "PHP client library not installed (a required file of it is missing)",
    // php-src main/main.c php_message_handler_for_zend: ZMSG_FAILED_REQUIRE_FOPEN, "Failed opening required '%s'
    // (include_path='%s')" (a fatal error; PHPUnit prints it as `Error in bootstrap script`), after the stream
    // layer's warning "%s(%s): Failed to open stream: %s" (main/streams/streams.c php_stream_display_wrapper_errors;
    // "failed" before PHP 8). Only a path that is a service client library's (composer's vendor/<package>/ of a
    // listed client, or a client's autoloader in Debian's include_path layout) is read (interpret.ts `file:php`);
    // the project's own files, composer's own autoloader and any other package say nothing here.
    patterns: [new RegExp(String.raw`\bFailed opening required '${PHP_CLIENT_FILE}' \(include_path=`), new RegExp(String.raw`\brequire(?:_once)?\(${PHP_CLIENT_FILE}\): [Ff]ailed to open stream: No such file or directory`)],
    examples: [
      "Failed opening required 'Predis/autoload.php' (include_path='.:/usr/share/php')",
      "PHP Warning:  require_once(Predis/autoload.php): Failed to open stream: No such file or directory in /work/app/vendor/autoload.php on line 26",
      "PHP Fatal error:  Uncaught Error: Failed opening required '/app/vendor/composer/../predis/predis/src/Autoloader.php' (include_path='.:/usr/share/php') in /app/vendor/composer/autoload_real.php:41",
      "Warning: require(/srv/app/vendor/php-amqplib/php-amqplib/PhpAmqpLib/Connection/AMQPStreamConnection.php): failed to open stream: No such file or directory in /srv/app/src/Queue.php on line 5"
    ],
    counterExamples: [
      "Failed opening required '/app/src/Predis/Cache.php' (include_path='.:/usr/share/php')",
      "Failed opening required 'vendor/autoload.php' (include_path='.:/usr/share/php')",
      "PHP Warning:  require_once(/app/tests/bootstrap.php): Failed to open stream: No such file or directory in /app/phpunit.php on line 3",
      "Failed opening required 'PgSql/autoload.php' (include_path='.:/usr/share/php')",
      "PHP Warning:  include(Predis/autoload.php): Failed to open stream: No such file or directory in /app/x.php on line 2",
      "Failed opening required '/app/vendor/acme/predis-helpers/src/functions.php' (include_path='.:/usr/share/php')"
    ],
    why: "PHP could not open a file of a service's client library for `require`: the library (composer package, or Debian's package under /usr/share/php) is not installed",
    interpret: "file:php"
  }),
  maybe2({
    id: "module.php.extension",
    title: "PHP extension not loaded",
    // dibi's drivers quote it (src/Dibi/Drivers/*/Connection.php: `PHP extension 'mysqli' is not loaded.`, after extension_loaded()).
    patterns: [/\b(?:The |PHP )?(?<module>[A-Za-z_]\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i, /\bExtension (?<module>[A-Za-z_]\w{1,40}) is required\b/, /\bPHP extension '(?<module>[A-Za-z_]\w{1,40})' is not loaded\b/],
    examples: ["The Redis extension is not loaded.", "Extension memcached is required.", "The amqp extension is not installed", "Dibi\\NotSupportedException: PHP extension 'mysqli' is not loaded."],
    counterExamples: ["Loaded the Redis extension in 0.2 ms", "PHP extension 'mysqli' is loaded."],
    why: "the project says the PHP extension its client needs is not loaded; PHP's own error (a class or function not found) proves it"
  }),
  infra2({
    id: "module.php.pdo-driver.named",
    title: "PDO driver not installed",
    // Laravel names the connection the driver was missing for: `could not find driver (Connection: pgsql, SQL: ...)`.
    patterns: [/\bcould not find driver \(Connection: (?<service>[\w-]{1,40})/],
    examples: ['Illuminate\\Database\\QueryException: could not find driver (Connection: pgsql, SQL: select * from "users")'],
    counterExamples: ["could not find driver config (Connection: pgsql)"],
    why: "PDO has no driver for the connection: the PHP extension that reaches the service (pdo_pgsql, pdo_mysql) is not installed",
    interpret: "named"
  }),
  maybe2({
    id: "module.php.pdo-driver",
    title: "PDO driver not installed",
    // dibi rewords it (src/Dibi/Drivers/PDO/Connection.php: PDO's `could not find driver` becomes `PHP extension for PDO is not loaded.`).
    patterns: [/\bcould not find driver(?=$|["'.,;)]|\s\(|\s+in\s)/, /\bPHP extension for PDO is not loaded\b/],
    examples: ["PDOException: could not find driver", "Doctrine\\DBAL\\Exception\\DriverException: An exception occurred in the driver: could not find driver", "Dibi\\NotSupportedException: PHP extension for PDO is not loaded."],
    counterExamples: ["Could not find driver for browser chrome", "could not find driver config in settings.yml", "PHP extension for PDO is loaded."],
    why: "PDO has no driver for the DSN: the extension for its database is not installed; which database comes from the DSN or the client around it",
    namedByFrameBelow: true
  }),
  maybe2({
    id: "module.go.missing",
    title: "Go package not available",
    patterns: [/cannot find package "(?<module>[\w./-]{1,200})"/, /no required module provides package (?<module>[\w./-]{1,200})/],
    examples: ['store.go:5:2: cannot find package "github.com/lib/pq" in any of:', "store.go:5:2: no required module provides package github.com/lib/pq; to add it:"],
    why: "a Go package the build needs is not there",
    interpret: "module:go"
  }),
  infra2({
    id: "module.go.client-no-go-files",
    title: "Go client package not installed (its directory is empty)",
    // go/build's NoGoError (golang/go src/go/build/build.go: "no Go files in " + dir), as `go test` prints it
    // under the importing package (`imports <path>: no Go files in <dir>`). Only for an import path that IS
    // a client's package (lib/pq and go-sql-driver/mysql at their repository root, redigo's `redis`
    // below its root): its directory found empty means the client was not installed. A repository root
    // that holds no package (`github.com/gomodule/redigo`, attack 26 on the floor) is the code's wrong
    // import path, so the list names packages, never module roots; nor a root that is a package in one major
    // version only (pgx v3's `github.com/jackc/pgx`, go-redis v6's `github.com/go-redis/redis`: with v4 or v8
    // installed beside it, the root holds none, attack 28a).
    patterns: [/\bimports (?<module>github\.com\/lib\/pq|github\.com\/go-sql-driver\/mysql|github\.com\/jackc\/pgx\/v[45](?:\/stdlib|\/pgxpool)?|github\.com\/jackc\/pgconn|github\.com\/(?:go-redis\/redis\/v[7-9]|redis\/go-redis\/v9)|github\.com\/(?:gomodule|garyburd)\/redigo\/redis|github\.com\/ziutek\/mymysql\/(?:mysql|native|godrv|thrsafe|autorc)|go\.mongodb\.org\/mongo-driver\/mongo|gopkg\.in\/mgo\.v2|github\.com\/(?:streadway\/amqp|rabbitmq\/amqp091-go)): no Go files in \//],
    examples: ["	imports github.com/lib/pq: no Go files in /work/gopath/src/github.com/lib/pq", "	imports github.com/gomodule/redigo/redis: no Go files in /usr/share/gocode/src/github.com/gomodule/redigo/redis"],
    counterExamples: ["	imports github.com/jackc/pgx: no Go files in /usr/share/gocode/src/github.com/jackc/pgx", "	imports github.com/go-redis/redis: no Go files in /go/src/github.com/go-redis/redis", "	imports github.com/gomodule/redigo: no Go files in /usr/share/gocode/src/github.com/gomodule/redigo", "	imports github.com/lib/pq/oid: no Go files in /go/src/github.com/lib/pq/oid", "	imports github.com/acme/store: no Go files in /go/src/github.com/acme/store"],
    why: "the importing package names a service client's package whose directory holds no Go files: the client library was not installed (go/build NoGoError)",
    interpret: "module:go"
  })
];

// src/classify/rules/index.ts
var rejections = SERVICES.flatMap((s) => (s.rejected ?? []).map((i) => [rule("code", "high", "", i), reportedName(s)]));
var REJECTION_RULES = rejections.map(([r]) => r);
var REJECTION_SERVICE = new Map(rejections);
var SERVICE_RULES = SERVICES.flatMap((s) => s.unreachable.map((i) => rule("infrastructure", "high", reportedName(s), i)));
var ALL_RULES = [...REJECTION_RULES, ...CODE_RULES, ...NOT_READY_RULES, ...SERVICE_RULES, ...CONNECTION_RULES, ...NEVER_CONNECTED_RULES, ...MODULE_RULES];
function interpretationOf(ruleId) {
  byId ??= new Map(ALL_RULES.map((r) => [r.id, r.interpret]));
  return byId.get(ruleId);
}
var byId;
function namedByFrameBelow(ruleId) {
  framed ??= new Set(ALL_RULES.filter((r) => r.namedByFrameBelow).map((r) => r.id));
  return framed.has(ruleId);
}
var framed;

export {
  matchRule,
  assertionSides,
  NAMES_AN_ERROR,
  EXPECTED_ANSWER_ERROR,
  SERVER_ANSWER,
  CONNECTING_WORDS,
  NO_ERROR_EXPECTED,
  EXPECTS_ERROR,
  NULL_HANDLE,
  CLOSING_HANDLE,
  SQL_HANDLE,
  NULL_DEREFERENCE,
  ENDPOINT_REFUSAL,
  REJECTION_SERVICE,
  ALL_RULES,
  interpretationOf,
  namedByFrameBelow
};
