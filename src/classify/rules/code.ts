// Evidence that a failure is in the code. A unit with one of these is a code failure, whatever
// else it says: a conditional approval must never cover a real defect. Rule ids say what was
// seen, not which runner printed it (the unit knows its runner).
import { rule, type Indication, type Rule } from '../../knowledge/rule.js'

const code = (indication: Indication): Rule => rule('code', 'high', '', indication)

/**
 * A Go value that is a connection's error (`dial tcp 127.0.0.1:6379: connect: connection refused`, a `*net.OpError`): the
 * outage's words, not a mismatch of the code's, when a check printed it as what it got (testify, gocheck).
 */
export const GO_CONNECTION_ERROR = String.raw`(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\/o timeout|connect: )`

export const CODE_RULES: readonly Rule[] = [
  code({
    // Any service's words for "you are not allowed in": it was running and answered.
    id: 'code.service-rejected-credentials', title: 'A service answered and rejected the credentials',
    patterns: [/\bNOAUTH\b|\bWRONGPASS\b|Login failed for user '|\bAuthentication failed\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i],
    examples: ['NOAUTH Authentication required.', "Login failed for user 'sa'.", 'MongoServerError: Authentication failed.', 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN'],
    why: 'the service was running and refused the credentials the project gave it: a configuration defect'
  }),
  code({
    // Docker answered: the project's client (Testcontainers, docker-py) is older than the daemon accepts.
    id: 'code.docker-api-version', title: 'The Docker client is too old for the daemon',
    patterns: [/client version [\d.]{1,10} is too old|Minimum supported API version is/],
    examples: ['Status 400: {"message":"client version 1.32 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"}'],
    why: 'a Docker daemon is running and refuses the project\'s client library as too old: a dependency to upgrade'
  }),
  code({
    // The service answered: a TLS setting of the client does not match the server's.
    id: 'code.tls-mismatch', title: 'The service answered and the TLS settings do not match',
    patterns: [/\[SSL: [A-Z_]{1,60}\]|SSL routines:/],
    examples: ['[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)', 'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed'],
    why: 'a server answered, and the client\'s TLS settings (on, off, the certificate) do not match it: a configuration defect'
  }),
  code({
    // A client given a URL where its host goes appends its port to it: `redis://localhost:6379/0:6379` (redis-py's
    // `Error -2 connecting to {host}:{port}`, redis-rb's `Error connecting to Redis on #{host}:#{port}`): attacks 29a, 29c.
    id: 'code.url-as-host', title: 'A URL was given where the client wanted a host name',
    patterns: [/(?:connecting to|connect to|Redis on) ['"]?[a-z][a-z0-9+.-]{1,20}:\/\/[^\s'"/]{1,255}\/[^\s:'"]{0,200}:\d{1,5}(?!\d)/],
    examples: ['redis.exceptions.ConnectionError: Error -2 connecting to redis://localhost:6379/0:6379. Name or service not known.', 'Redis::CannotConnectError: Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)'],
    counterExamples: ['Error connecting to redis://localhost:6379/0: connect ECONNREFUSED 127.0.0.1:6379', 'redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', 'could not connect to postgresql://app@localhost:5432/orders'],
    why: 'the client treated a whole URL as the host name and added its port: the code passed a URL where a host belongs'
  }),
  code({
    id: 'code.assertion', title: 'Assertion failed',
    patterns: [
      /(?<!except |raise |:raises )\bAssertionError(?=:(?! Traceback \(most recent call last\):)|\s*$| \[ERR_ASSERTION\])/,
      // minitest's and test-unit's own assertion classes, as reporters print them (`Minitest::Assertion:         Expected: 33.3`).
      /(?<!rescue |raise )\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\s*$)/, /^E\s+assert\b/, /Failed: DID NOT RAISE/,
      /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|MultipleFailuresError/, /expected:\s?<.{0,200}> but was:\s?</,
      // AVA's t.plan(n) that the test did not meet (ava lib/test.js: `Planned for ${plan} ${plur('assertion', plan)}, but got ${count}.`).
      /\bPlanned for \d{1,6} assertions?, but got \d{1,6}\./,
      // libtest's #[should_panic] test that returned normally (library/test/src/test_result.rs: `test did not panic as expected`).
      /\bnote: test did not panic as expected\b/,
      // AVA's failWithoutAssertions (ava lib/test.js), in every reporter's words (`message: Test finished ...` under TAP).
      /\bTest finished without running any assertions\b/,
      // JUnit 4's @Test(expected=X): another exception came instead of the one the test expects.
      /Unexpected exception, expected<[^>\n]{1,300}> but was<[^>\n]{1,300}>/,
      /assertion `left (?:==|!=) right` failed|assertion failed: /, /^\s{0,12}Assertion with \S{1,4} failed\b|^\s{0,12}Expected truthy, got (?:false|nil)\b/,
      /Assert\.\w+\(\) Failure|Xunit\.Sdk\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\.Framework\.AssertionException|Assert\.\w+ failed\./,
      /Expected values to be (?:strictly |loosely )?(?:deep-)?equal/, /✘ Assertion Error\b/, /^Failed asserting /,
      // poku's report of a failed assert (wellwelwel/poku src/services/reporters/poku.ts onAssertionFailure:
      // `✘ message`, then `      File path:12:3`, `      Code ${error.code}`, `  Operator ...`): node:assert's code, alone on its line.
      /^\s{0,60}Code ERR_ASSERTION\s*$/,
      // Nette Tester's Assert (nette/tester src/Framework/Assert.php: `%1 should be %2`, `should not contain`, ...; Dumper prefixes
      // `Failed: ` and dumps the values: a string, a number, an array, an object): not pytest.fail's own words (`Failed: Redis should be up`).
      /^\s{0,12}(?:# )?Failed: (?:['"[]|-?\d|\.\.\.|(?:array|true|false|null|NAN)\b|[A-Z][\w\\]{0,200} ?[#(])[^\n]{0,2000}? should (?:not )?(?:be|contain|match)\b/,
      // AVA's own: its diff (`t.is`, `t.deepEqual`) and its truth checks, also as the quoted keys of its TAP
      // output (`'Difference (- actual, + expected):': |-`), and that output's `assertion: is` (AVA 7: `t.is()`).
      /^\s{0,12}'?Difference \(- actual, \+ expected\):(?:'\s{0,4}:(?:\s{0,4}\|-?)?)?\s*$/, /^\s{0,12}'?Value is not (?:`true`|`false`|truthy|falsy):(?:'\s{0,4}:(?:\s{0,4}\|-?)?)?\s*$/, /^\s{2,12}assertion: (?:t\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\(\))?\s*$/
    ],
    // A test harness that re-raises a thread's failure as `AssertionError: Traceback (most recent call last):` only wraps it (signs.ts isWrapperHeadline).
    // A docstring's `:raises AssertionError: if ...` in the source pytest prints is no failure.
    // poku's `Code` line for an error of another code (a refusal an assert caught) is no failed assertion.
    counterExamples: ['E   AssertionError: Traceback (most recent call last):', "        :raises AssertionError: if user's function timed out or exited with", '      Code ECONNREFUSED', '      Code ERR_ASSERTION_HELPER'],
    examples: ['note: test did not panic as expected at src/lib.rs:40:8', '    message: Test finished without running any assertions', '  ✘ [fail]: events › announces every line Planned for 2 assertions, but got 1.', 'E       assert 3 == 4', "AssertionError: expected 3 to equal 4", 'org.opentest4j.AssertionFailedError: expected: <1> but was: <2>', 'assertion `left == right` failed', 'Assert.Equal() Failure', 'Failed asserting that false is true.', "   Failed: 'abc' should be 'abd'", '   Failed: [1, 2] should contain 3', '  Difference (- actual, + expected):', '    assertion: is', '    assertion: t.is()', "      'Difference (- actual, + expected):': |-", '            Code ERR_ASSERTION', 'Minitest::Assertion:         Expected: 33.3', 'Test::Unit::AssertionFailedError: <1> expected but was <2>.'],
    why: 'a test assertion failed'
  }),
  code({
    id: 'code.expectation', title: 'Expected value differs',
    patterns: [
      /^\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /,
      /^\s+expected: |^\s+got: |\(compared using (?:==|eql\?|equal\?)\)/, /\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\b/, /Expected .{0,200} to (?:be|equal|include|eq)\b/,
      /^\s*But was:|Expected: .{0,200}\s+But was:/, /\bexpected:? [^\n]{1,100}, got:? \S|\bexpected:? [^\n]{1,100} but got:? \S/i,
      /Error:\s+(?:Not equal|Should (?:be|not be|contain)|Expected|"[^"]*" does not contain)/, /\bgot:? .{0,200}\bwant:? |\bwant .{0,200}, got /, /_test\.go:\d+: .{0,300}\b(?:want|wanted|expected)\b/,
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
    examples: ['        \tError:      \t"[apple pear plum]" should have 2 item(s), but has 3', '        --INV-2026-007     (Actual)', '... obtained string = "reconnecting"', '... obtained string = "4.5"', 'Expected: 4', 'Received: 5', '       expected: "bob"', '            got: "alice"', 'expected 200 to equal 404', '  But was:  5', 'add_test.go:12: Add(1, 2) = 4, want 3', '2026/12/06 05:28:47 Total() = 250, want 450', 'Total() = 0; want 240', '2026/12/06 06:10:11 lookup("apple") = 0, want 100', '    gorp_test.go:784: &{TableWithNull 0x7fe560} != &{TableWithNull 0x7fe561}', 'expected 3, got 4', '        Error:      Not equal: '],
    counterExamples: ['        \tError:      \tReceived unexpected error:', '... obtained *net.OpError = &net.OpError{Op:"dial", Net:"tcp", Source:net.Addr(nil)}', '    conn_test.go:12: err != nil: dial tcp 127.0.0.1:5432: connect: connection refused', 'retry(3) = gave up, wanted the cache', 'Ping() = dial tcp 127.0.0.1:6379: connect: connection refused, want <nil>', 'config: mode = fast, wanting more workers'],
    why: 'a check compared a value and found another'
  }),
  code({
    id: 'code.expects-error', title: 'A test expected an error and got another',
    patterns: [/pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw/],
    examples: ['    with pytest.raises(ValueError):', 'expect(() => f()).toThrow(TypeError)', 'assertThrows(IllegalStateException.class, () -> x())'],
    why: 'the test checks error behaviour, so a connection error in it is the subject under test'
  }),
  code({
    // Only an exception as raised (name then ':' or end of line), not a name in quoted source (`except TypeError:`).
    id: 'code.runtime-error', title: 'Runtime error in the code',
    patterns: [/(?<!except |except \(|rescue |catch \()\b(?:TypeError(?!: (?:pg|mysqli)_\w{1,40}\(\): Argument #1 \(\$(?:connection|mysql)\) must be of type \??(?:PgSql\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\s?:|\s*$| at [\w$.]{1,200}\.(?:java|kt|scala|groovy):\d| \()/],
    examples: ["TypeError: Cannot read properties of undefined (reading 'id')", 'java.lang.NullPointerException', "AttributeError: 'NoneType' object has no attribute 'x'", 'ValueError: invalid literal for int()', 'System.InvalidOperationException : Sequence contains no elements', "E   UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: surrogates not allowed", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 4: ordinal not in range(128)"],
    // CPython's UnicodeEncodeError and UnicodeDecodeError are ValueError's subclasses (cpython Objects/exceptions.c:
    // UnicodeError derives from ValueError; messages from Python/codecs.c and Objects/exceptions.c, "'%U' codec can't
    // encode character" / "can't decode byte"): a str/bytes conversion of the program's own, never a connection's.
    // EF Core's execution strategy wraps a transient failure (dotnet/efcore SqlServerStrings.resx
    // TransientExceptionDetected; the Npgsql and MySQL providers word it the same): the cause is the
    // inner exception it prints below (`---- Npgsql.NpgsqlException : Failed to connect to …`).
    // Nor PHP's database functions handed a connection never opened (connection.ts *.php.connection-never-opened).
    counterExamples: ['TypeError: pg_escape_string(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given', '    except UnicodeDecodeError:', 'TypeError: mysqli_real_escape_string(): Argument #1 ($mysql) must be of type mysqli, null given', "System.InvalidOperationException : An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseNpgsql' call."],
    why: 'the code raised a programming error'
  }),
  code({
    // PHP's engine errors of a program's own (php-src Zend: zend_execute.c, zend_API.c). Not `Call to
    // undefined function`: a missing extension's function reads the same (rules/modules.ts).
    id: 'code.php-engine-error', title: 'PHP error in the code',
    patterns: [/\bUndefined (?:variable \$\w|array key |offset: |property: [\w\\]{1,200}::\$|index: )|Call to a member function \w{1,100}\(\) on (?:null|array|string|int|bool|float)\b|Attempt to (?:read|assign) property "\w{1,100}" on (?:null|array|string|int|bool|float)\b|Call to undefined method [\w\\]{1,200}::\w{1,100}\(\)|Too few arguments to function |Cannot redeclare \w/],
    examples: ['Undefined variable $total (View: /app/resources/views/invoice.blade.php)', 'ErrorException: Undefined array key "id"', 'Error: Call to a member function format() on null', 'E_WARNING: Attempt to read property "value" on null', 'Call to undefined method App\\Models\\Order::totl()', 'ArgumentCountError: Too few arguments to function App\\Cart::add(), 1 passed'],
    counterExamples: ['Error: Call to undefined function pg_connect()', 'PHP Fatal error:  Uncaught Error: Class "Redis" not found'],
    why: 'PHP stopped on an error of the program itself'
  }),
  code({
    // Perl's own fatal errors of a program (perl5 pod/perldiag.pod, each `(F)`: `Can't locate object method "%s" via
    // package "%s"`, `Can't call method "%s" on unblessed reference`, `Undefined subroutine &%s called`, `Not a%s reference`,
    // `Can't use an undefined value as %s reference`, `Can't use string ("%s") as %s ref while "strict refs" in use`,
    // `Illegal division by zero`, `Modification of a read-only value attempted`, `Global symbol "%s" requires explicit
    // package name`, `Bareword "%s" not allowed while "strict subs" in use`), printed by die as `<message> at <file> line
    // <n>.`. Not `Can't call method "%s" on an undefined value`: a handle a refused connect left undef (DBI->connect with
    // RaiseError off returns undef) reads the same. Nor `Can't locate Foo.pm in @INC`: a module not installed (a client's).
    id: 'code.perl-runtime-error', title: 'Perl error in the code',
    patterns: [/Can't locate object method "\w{1,100}" via package "[\w:]{1,200}"|Can't call method "\w{1,100}" (?:on unblessed reference|without a package or object reference)|Undefined subroutine &[\w:]{1,200} called|\bNot an? (?:HASH|ARRAY|CODE|SCALAR|GLOB) reference at |Can't use an undefined value as an? (?:HASH|ARRAY|SCALAR|CODE|symbol|filehandle|subroutine) reference|Can't use string \("[^\n]{0,200}"\) as an? \w{1,20} ref while "strict refs" in use|\bIllegal division by zero at |Modification of a read-only value attempted at |Global symbol "[$@%]\w{1,100}" requires explicit package name|Bareword "[\w:]{1,200}" not allowed while "strict subs" in use/],
    examples: ['Can\'t locate object method "sub_total" via package "Shop::Order" at lib/Shop/Order.pm line 33.', 'Can\'t locate object method "new" via package "Shop::Cart" (perhaps you forgot to load "Shop::Cart"?) at t/01-cart.t line 9.', 'Undefined subroutine &Shop::Price::with_tax called at t/02-price.t line 7.', 'Not a HASH reference at lib/Shop/Order.pm line 12.', 'Can\'t use an undefined value as an ARRAY reference at lib/Shop/Cart.pm line 20.', 'Illegal division by zero at lib/Shop/Stats.pm line 8.', 'Global symbol "$totl" requires explicit package name (did you forget to declare "my $totl"?) at lib/Shop/Order.pm line 30.', 'Can\'t call method "total" on unblessed reference at t/01-order.t line 11.'],
    counterExamples: ['Can\'t call method "do" on an undefined value at lib/Shop/Order.pm line 40.', 'Can\'t locate Redis.pm in @INC (you may need to install the Redis module) (@INC contains: lib /etc/perl) at lib/Shop/Stock.pm line 5.', 'DBI connect(\'dbname=shop;host=127.0.0.1\',\'postgres\',...) failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Stock.pm line 9.'],
    why: 'Perl stopped on an error of the program itself (a misspelt method or subroutine, a wrong reference, an undeclared variable)'
  }),
  code({
    id: 'code.compile-error', title: 'Does not compile',
    patterns: [/error\[E\d{4}\]|error TS\d{4}|error CS\d{4}/, /(?<!except )\b(?:SyntaxError|IndentationError)(?=:|\s*$)/, /cannot find symbol|COMPILATION ERROR|Compilation failed/, /\.(?:c|cc|cpp|cxx|h|hpp):\d{1,6}:\d{1,6}: (?:fatal )?error: /, /\.java:\[\d+,\d+\] (?:incompatible types|cannot find symbol)/, /^e: \S{1,500}\.kts?:\d+:\d+ /, /\.go:\d+:\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/],
    examples: ['error[E0308]: mismatched types', 'src/a.ts(3,5): error TS2322: Type', 'SyntaxError: invalid syntax', '[ERROR] COMPILATION ERROR :', './store.go:12:2: undefined: Foo'],
    why: 'the code does not compile'
  }),
  code({
    // The Go toolchain's own diagnostics, `file.go:line:column: message`, at a line's start: `go vet`'s and the compiler's
    // (cmd/go prints them under a `# package` header), and linters' alike (staticcheck, golangci-lint). A test's own lines
    // are indented and have no column (`    store_test.go:7: ...`), a panic's frames end in `+0x1d`.
    id: 'code.go-diagnostic', title: 'Go vet or compiler diagnostic',
    // Not a package the build could not find (`cannot find package "github.com/lib/pq"`): that is a client not installed
    // (modules.ts module.go.missing), said in the same form.
    patterns: [/^[\w./-]{1,300}\.go:\d{1,6}:\d{1,6}: (?!cannot find package |no required module provides package |package [\w./-]{1,200} is not in |could not import |[\w./-]{0,200}imports? )\S/],
    examples: ['./sku.go:13:13: result of fmt.Errorf call not used', 'internal/cart/cart.go:41:2: ineffectual assignment to err (ineffassign)'],
    counterExamples: ['    store_test.go:7: database: dial tcp 127.0.0.1:5432: connect: connection refused', '\t/home/runner/work/app/main.go:12 +0x1d', 'main.go:23: cannot connect: dial tcp 127.0.0.1:5432: connect: connection refused', 'dialects/postgres/postgres.go:11:2: cannot find package "github.com/lib/pq" in any of:', 'store.go:5:2: no required module provides package github.com/lib/pq; to add it:'],
    why: 'a Go check the job ran (vet, the compiler, a linter) found a fault in the code'
  }),
  code({
    // A lint report printed as JSON: ESLint's `--format json` (`"ruleId":"no-unsafe-negation","severity":2,"message":...`;
    // severity 2 is an error, 1 a warning).
    id: 'code.lint-json', title: 'A linter reported an error',
    patterns: [/"ruleId":(?:"[^"\n]{1,200}"|null),"severity":2,"message":"/],
    examples: ['[{"filePath":"/app/src/cart.js","messages":[{"ruleId":"no-unsafe-negation","severity":2,"message":"Unexpected negating the left operand of \'in\' operator.","line":5}]'],
    counterExamples: ['[{"filePath":"/app/src/cart.js","messages":[{"ruleId":"no-console","severity":1,"message":"Unexpected console statement.","line":5}]'],
    why: 'a linter the job ran reported an error in the code'
  }),
  code({
    // A coverage gate that failed a run whose tests passed: pytest-cov (`FAIL Required test coverage of 90% not reached.`),
    // SimpleCov (`Line coverage (80.00%) is below the expected minimum coverage (90.00%).`, `SimpleCov failed with exit 2`),
    // jest (`Jest: "global" coverage threshold for lines (90%) not met: 86.36%`), nyc and c8 (`ERROR: Coverage for lines
    // (86.36%) does not meet global threshold (90%)`), JaCoCo's check (`Rule violated for bundle x: lines covered ratio is
    // 0.80, but expected minimum is 0.90`).
    id: 'code.coverage-below-minimum', title: 'Test coverage below the required minimum',
    patterns: [/^FAIL Required test coverage of [\d.]{1,10}% not reached\b/, /\bcoverage \([\d.]{1,10}%\) is below the expected minimum coverage\b|^SimpleCov failed with exit \d{1,3}\b/, /\bcoverage threshold for \w{1,20} \([\d.]{1,10}%\) not met\b/, /\bCoverage for \w{1,20} \([\d.]{1,10}%\) does not meet (?:global )?threshold\b/, /\bRule violated for \w{1,20} [^\n]{1,300}: \w{1,30} covered ratio is [\d.]{1,10}, but expected minimum is [\d.]{1,10}/],
    examples: ['FAIL Required test coverage of 90% not reached. Total coverage: 86.36%', 'Line coverage (80.00%) is below the expected minimum coverage (90.00%).', 'SimpleCov failed with exit 2 due to a coverage related error', 'Jest: "global" coverage threshold for lines (90%) not met: 86.36%', 'ERROR: Coverage for lines (86.36%) does not meet global threshold (90%)', '[WARNING] Rule violated for bundle orders: lines covered ratio is 0.80, but expected minimum is 0.90'],
    counterExamples: ['Required test coverage of 90% reached. Total coverage: 93.10%', 'Line coverage: 93.1% (120 / 129)'],
    why: 'the tests ran, and a coverage gate failed the run: the code lacks tests, whatever a service did'
  }),
  code({
    // A script that compares its output with a golden file prints the difference.
    id: 'code.diff', title: 'Output differs from the expected',
    patterns: [/^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@/],
    examples: ['@@ -1,3 +1,3 @@'],
    why: 'a diff of what was printed against what was expected'
  }),
  code({
    id: 'code.panic', title: 'Panic on a programming error',
    // Go's runtime errors that are a program's own: a write to a nil map, a slice past its end, a division by zero.
    patterns: [/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/, /panicked at '(?:called `Option::unwrap\(\)` on a `None` value|index out of bounds)/],
    examples: ['panic: runtime error: invalid memory address or nil pointer dereference', 'index out of bounds: the len is 3 but the index is 5', 'panic: assignment to entry in nil map [recovered]'],
    why: 'the code panicked on a programming error'
  }),
  code({
    // The database was there and answered: the statement, or the schema the tests made, is the project's.
    // PostgreSQL's parser and catalogue errors (SQLSTATE 42601, 42703, 42883, 42P01), MySQL/MariaDB's (1064, 1054, 1146).
    // Last among the code rules: an assertion that wanted one of these and got a refusal is read as an assertion first.
    id: 'code.sql-rejected', title: 'The database rejected the statement',
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
    examples: ['error: syntax error at or near "ENUMS"', 'PDOException: SQLSTATE[42703]: Undefined column: 7 ERROR:  column "obj_id" does not exist', 'error: function graphile_worker.complete_job(bigint[]) does not exist', "SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual", 'pq: syntax error at or near "2"', "ER_BAD_FIELD_ERROR: Unknown column 'nam' in 'field list'", 'panic: pq: there is no parameter $0 [recovered]', 'error: bind message supplies 1 parameters, but prepared statement "" requires 2', 'ERROR:  syntax error at or near &amp;quot;unit_test&amp;quot;', '42P07, 7, ERROR:  relation &quot;unit_test&quot; already exists CREATE TABLE unit_test(id integer, test_key varchar(50), PRIMARY KEY (ID))', 'PDOException: SQLSTATE[42P07]: Duplicate table: 7 ERROR:  relation "users" already exists', 'ERROR:  column &quot;obj_id&quot; does not exist'],
    counterExamples: ['FATAL:  database "app_test" does not exist', 'FATAL:  role "app" does not exist', "ERROR 1049 (42000): Unknown database 'app'", 'error: relation "orders" does not exist', "Error: ER_NO_SUCH_TABLE: Table 'app.users' doesn't exist", '2026-12-05 10:00:00.123 UTC [4242] ERROR:  syntax error at or near "SELEC" at character 1', 'postgres-1  | 2026-12-05 10:00:00.123 UTC [4242] ERROR:  syntax error at or near "SELEC"', 'NOTICE:  relation "users" already exists, skipping', 'psql:schema.sql:3: NOTICE:  relation "users" already exists, skipping', '2026-12-05 10:00:00.123 UTC [4242] ERROR:  relation "users" already exists', 'Warning: pg_connect(): Unable to connect to PostgreSQL server: could not translate host name &quot;postgres&quot; to address: Name or service not known', 'error: relation &quot;orders&quot; does not exist'],
    why: 'the database answered and rejected the statement: it was running, and the SQL (or the schema the tests set up, a table they create twice) is the code\'s'
  })
]

/**
 * An assertion's two sides, where the line shows them: chai's `expected <actual> to ...`, go's
 * `got <actual>, want <expected>`, and `expected <e>, got <a>` / `but was` / `received`.
 */
export function assertionSides(line: string): { readonly expected: string; readonly actual: string; readonly returned?: true } | undefined {
  // PHPUnit's expectException: `Failed asserting that exception of type "X" matches expected exception "Y". Message was: "m"`.
  const phpunit = /Failed asserting that exception of type "([^"]{1,300})" matches expected exception "([^"]{1,300})"(?:\. Message was: "(.{0,600}?)"(?: at)?)?\s*$/.exec(line)
  if (phpunit) return { actual: `${phpunit[1] as string}: ${phpunit[3] ?? ''}`, expected: phpunit[2] as string }
  // unittest's assertIsInstance: `X is not an instance of <class 'pkg.Y'>`: Y is the class the test wanted.
  const instance = /^(?:E\s+)?(?:AssertionError: )?(.{1,600}) is not an instance of <class '([\w.]{1,300})'>/.exec(line.trim())
  if (instance) return { actual: instance[1] as string, expected: instance[2] as string }
  // JUnit 5's assertThrows: `Unexpected exception type thrown, expected: <Y> but was: <X>`.
  const thrown = /Unexpected exception type thrown,? expected: <([\w.$]{1,300})> but was: <([\w.$]{1,300})>/.exec(line)
  if (thrown) return { actual: thrown[2] as string, expected: thrown[1] as string }
  // pytest's `assert X is None`, unittest's assertIsNone `X is not None`: X is what came back where nothing was expected.
  const none = /^(?:E\s+)?(?:AssertionError: )?(?:assert (.{1,600}) is None|(.{1,600}) is not None)\s*$/.exec(line.trim())
  // The error came back as a value: the code caught it, and the test may check that handling.
  if (none) return { actual: (none[1] ?? none[2]) as string, expected: 'None', returned: true }
  const chai = /\bexpected (.{1,600}?) (?:not )?to (?:not )?(?:be|equal|eql|deep|exist|have|include|match|contain)\b(.*)$/.exec(line)
  // `expected error to match regexp R, got G` (Go) is no chai sentence: what came is after `got`.
  if (chai && !/,? (?:but )?got:? /.test(chai[2] as string)) return { actual: chai[1] as string, expected: chai[2] as string }
  const goStyle = /\bgot:? (.{1,600}?),? want(?:ed)?:? (.*)$/.exec(line)
  if (goStyle) return { actual: goStyle[1] as string, expected: goStyle[2] as string }
  const split = /^(.*)\b(?:but got|got|but was|received|actual(?: value)?)\b:?\s(.+)$/i.exec(line)
  if (split && /\b(?:expected|want|should)/i.test(split[1] as string)) return { expected: split[1] as string, actual: split[2] as string }
  return undefined
}

/** An expected side that names an error: the test wanted one error and got another. */
export const NAMES_AN_ERROR = /Error|Exception|\berr\b|\berror\b|Err[A-Z]\w*|unavailable|\bfail(?:ed|ure|s)?\b|could not|cannot|can't|refused|timed? ?out|\bdown\b|try again|degraded|fallback|offline|does not exist|not found|no such|missing|invalid|denied|exceed|reject|forbidden|expired|conflict|not allowed/i

/**
 * An expected side that is only an exception's class, and one no client raises for a connection
 * it could not make (`Predis\Response\ServerException`, `ValidationError`): the test wanted the
 * server's answer, so a refusal in its place is the outage's consequence, not what it tests.
 */
export const EXPECTED_ANSWER_ERROR = /^[\s"'`]*[\w\\.$]{0,200}(?:Exception|Error)["'`.]*\s*$/
/**
 * An expected side that names what only a database or Redis that answered can give, in its own
 * words: its syntax error, a constraint it enforces, its error code, a reply type error. Generic
 * words (`server error`, `does not exist`) are not: a test's own fake server gives them too. A connection
 * refusal in its place means the server was not there; the test needed it.
 */
export const SERVER_ANSWER = /\b(?:syntax error at or near|syntax error|duplicate key value|unique (?:violation|constraint)|foreign key constraint|undefined (?:table|column|function)|WRONGTYPE|NOSCRIPT|BUSYGROUP|SQLSTATE\[?\w{5}|ORA-\d{4,5}|pq: |sql: Scan error)|\bpq\.Error\b|PSQLException|QueryFailedError/

export const CONNECTING_WORDS = /connect|socket|timeout|timed ?out|network|unreachable|unavailable|offline|\bdown\b|refused|\bIO\b|IOException|IOError|host|dns|resolv|transport|closed/i

/**
 * A line saying an error happened where none was expected: the error it carries is what happened.
 * Not Go's `want: <nil>` / `expected = <nil>` endings: Go prints `<nil>` for any nil pointer or interface, not a
 * nil error alone, and a table test's got/want line of a test that provokes a refusal on purpose reads the same
 * (attack 28a: a dead socket the test closed itself, a primary the code should have skipped).
 */
export const NO_ERROR_EXPECTED = /\bnot to be an instance of Error\b|\bto not exist\b|\bnot to exist\b|\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i

/** The test checks error behaviour: an error it names is the subject, not the cause. */
export const EXPECTS_ERROR = /Unexpected exception, expected<|pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw|\bexpected (?:an? )?[\w.]{0,80}(?:Error|Exception|error)\b.{0,80}\b(?:got|but|to be)/i

/**
 * A null dereference of a connection's handle (a client, a pool, a result's rows): after a
 * connection failure in the same unit, a consequence of the handle never opened.
 */
export const NULL_HANDLE = /\b(?:conn(?:ection)?s?|client|pool|session|db|database|cursor|rows|query|channel|socket|redis|jedis|datasource|driver|producer|consumer)\b/i
/**
 * A null dereference of the method that closes a handle (`Cannot read properties of undefined
 * (reading 'end')`, `'NoneType' object has no attribute 'close'`): in a teardown whose scope's
 * setup was refused, the handle that setup never created. Anywhere else it says nothing of a
 * service (a server, a file, a browser closes too).
 */
export const CLOSING_HANDLE = /\(reading '(?:end|close|quit|disconnect|destroy|shutdown|release|dispose)'\)|object has no attribute '(?:close|disconnect|quit|shutdown|dispose)'|undefined method `(?:close|disconnect|quit|shutdown|finish)' for nil|Call to a member function (?:close|disconnect|quit)\(\) on null|Cannot invoke "[^"]{1,200}\.(?:close|shutdown|disconnect|quit)\(\)"/
/** A handle only a SQL database's client has (a query method, a result's rows): never a cache's or a broker's. */
export const SQL_HANDLE = /\b(?:query|rows)\b/i
export const NULL_DEREFERENCE = /Call to a member function \w{1,100}\(\) on null|Attempt to (?:read|assign) property "\w{1,100}" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method `\w+' for nil|nil pointer dereference|called `Option::unwrap\(\)` on a `None` value|Cannot invoke "[^"]{1,200}" because "?[^"]{0,200}"? is null/
