// PHPUnit's numbered headers (`1) Class::method`) head failures only inside its sections: from its own `There was 1
// error:` / `There were 2 failures:` / warning / risky / skipped / incomplete header (DefaultResultPrinter::printDefects(),
// `There %s %d %s%s:`) to its summary (printFooter()). Inside them a test's name may hold letters beyond ASCII (php.net
// "Names": bytes \x80-\xff are letters), and an entry of its risky or warning list is counted as `Risky: 1`/`Warnings: 1`,
// never under the `Errors:`/`Failures:` its count of failures reads. Every log below is PHPUnit 9.6.7's real output (Debian
// bookworm's phpunit and php-redis, no Redis server), paths shortened to /app: projects /tmp/php-open-names (a Greek and a
// Cyrillic method name), /tmp/php-open-risky (beStrictAboutOutputDuringTests, a cache fallback that echoes the refusal),
// /tmp/php-open-boot (a bootstrap that reports its own failed cache priming, numbered, before PHPUnit's banner, or at
// exit after its summary).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}
const names = (lines: readonly string[]): string[] => classifyText(lines.join('\n')).tests.map(t => t.name)

// testΦΠΑΣτοΕκατό fails an assertion, testКопейкиИзРублей throws the project's App\Ungültig, testCachedRate is refused.
const GREEK_CYRILLIC = [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', 'FEE                                                                 3 / 3 (100%)',
  '', 'Time: 00:00.002, Memory: 6.00 MB', '', 'There were 2 errors:', '', '1) App\\Tests\\RatesTest::testКопейкиИзРублей',
  'App\\Ungültig: "12.5" is no amount', '', '/app/src/Rates.php:9', '/app/tests/RatesTest.php:9', '', '2) App\\Tests\\RatesTest::testCachedRate',
  'RedisException: Connection refused', '', '/app/src/Rates.php:15', '/app/tests/RatesTest.php:10', '', '--', '', 'There was 1 failure:', '',
  '1) App\\Tests\\RatesTest::testΦΠΑΣτοΕκατό', 'Failed asserting that 24 is identical to 25.', '', '/app/tests/RatesTest.php:8', '', 'ERRORS!',
  'Tests: 3, Assertions: 1, Errors: 2, Failures: 1.'
]
// The same project without the Greek test: the Cyrillic test's project exception beside the refusal.
const CYRILLIC_BESIDE_REFUSAL = [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', 'EE                                                                  2 / 2 (100%)',
  '', 'Time: 00:00.002, Memory: 6.00 MB', '', 'There were 2 errors:', '', '1) App\\Tests\\RatesTest::testКопейкиИзРублей',
  'App\\Ungültig: "12.5" is no amount', '', '/app/src/Rates.php:9', '/app/tests/RatesTest.php:8', '', '2) App\\Tests\\RatesTest::testCachedRate',
  'RedisException: Connection refused', '', '/app/src/Rates.php:15', '/app/tests/RatesTest.php:9', '', 'ERRORS!',
  'Tests: 2, Assertions: 0, Errors: 2.'
]
// test在庫数 (a name of CJK letters, outside the ranges read) throws the project's App\BadQuantity; testLevelFromCatalogue
// passes but echoes its cache fallback's refusal, a risky test under beStrictAboutOutputDuringTests.
const RISKY_BESIDE_UNREAD_ERROR = [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '',
  'E.R                                                                 3 / 3 (100%)stock cache off: RedisException: Connection refused', '', '',
  'Time: 00:00.002, Memory: 6.00 MB', '', 'There was 1 error:', '', '1) App\\Tests\\StockTest::test在庫数', 'App\\BadQuantity: " 12" is no quantity',
  '', '/app/src/Stock.php:22', '/app/tests/StockTest.php:8', '', '--', '', 'There was 1 risky test:', '',
  '1) App\\Tests\\StockTest::testLevelFromCatalogue', 'This test printed output: stock cache off: RedisException: Connection refused', '', 'ERRORS!',
  'Tests: 3, Assertions: 2, Errors: 1, Risky: 1.'
]
// failOnRisky="true", no other failure: the risky entry is the run's only failure (exit 1).
const RISKY_ONLY = [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '',
  '..R                                                                 3 / 3 (100%)stock cache off: RedisException: Connection refused', '', '',
  'Time: 00:00.002, Memory: 6.00 MB', '', 'There was 1 risky test:', '', '1) App\\Tests\\StockTest::testLevelFromCatalogue',
  'This test printed output: stock cache off: RedisException: Connection refused', '', 'OK, but incomplete, skipped, or risky tests!',
  'Tests: 3, Assertions: 3, Risky: 1.'
]
// A test refused by Redis itself beside the risky fallback: an outage whole.
const RISKY_BESIDE_REFUSED_TEST = [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '',
  '.E.R                                                                4 / 4 (100%)stock cache off: RedisException: Connection refused', '', '',
  'Time: 00:00.007, Memory: 6.00 MB', '', 'There was 1 error:', '', '1) App\\Tests\\StockTest::testReservedFromCache',
  'RedisException: Connection refused', '', '/app/tests/StockTest.php:9', '', '--', '', 'There was 1 risky test:', '',
  '1) App\\Tests\\StockTest::testLevelFromCatalogue', 'This test printed output: stock cache off: RedisException: Connection refused', '', 'ERRORS!',
  'Tests: 4, Assertions: 3, Errors: 1, Risky: 1.'
]
// The bootstrap's own numbered report (`1) App\Catalogue::rayons`, ASCII, and one with `ô`), then one error of the project.
const BOOTSTRAP_REPORT = [
  'Cache priming: 2 loader(s) not primed', '1) App\\Catalogue::entrepôt', 'RedisException: Connection refused', '', '2) App\\Catalogue::rayons',
  'RedisException: Connection refused', '', 'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '',
  '.E                                                                  2 / 2 (100%)', '', 'Time: 00:00.002, Memory: 6.00 MB', '',
  'There was 1 error:', '', '1) App\\Tests\\QuantityTest::test数量の空白', 'App\\BadQuantity: " 12" is no quantity', '', '/app/src/Quantity.php:8',
  '/app/tests/QuantityTest.php:9', '', 'ERRORS!', 'Tests: 2, Assertions: 1, Errors: 1.'
]
// The same bootstrap reporting at exit (register_shutdown_function): its numbered list comes after PHPUnit's summary.
const SHUTDOWN_REPORT = [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', '.E                                                                  2 / 2 (100%)',
  '', 'Time: 00:00.002, Memory: 6.00 MB', '', 'There was 1 error:', '', '1) App\\Tests\\QuantityTest::test数量の空白',
  'App\\BadQuantity: " 12" is no quantity', '', '/app/src/Quantity.php:8', '/app/tests/QuantityTest.php:9', '', 'ERRORS!',
  'Tests: 2, Assertions: 1, Errors: 1.', '', 'Cache priming: 2 loader(s) not primed', '1) App\\Catalogue::entrepôt',
  'RedisException: Connection refused', '', '2) App\\Catalogue::rayons', 'RedisException: Connection refused'
]

describe('PHPUnit names beyond ASCII, inside its sections', () => {
  it('reads a Greek and a Cyrillic method name as failing tests of their own', () => {
    expect(names(GREEK_CYRILLIC)).toEqual(expect.arrayContaining(['App\\Tests\\RatesTest::testΦΠΑΣτοΕκατό', 'App\\Tests\\RatesTest::testКопейкиИзРублей', 'App\\Tests\\RatesTest::testCachedRate']))
    expect(verdict(GREEK_CYRILLIC)).toBe('code/high/')
  })
  it('keeps a Cyrillic-named test\'s project exception its own: one unexplained failure beside the refusal', () => {
    expect(names(CYRILLIC_BESIDE_REFUSAL)).toContain('App\\Tests\\RatesTest::testКопейкиИзРублей')
    expect(verdict(CYRILLIC_BESIDE_REFUSAL)).toBe('infrastructure/ambiguous/redis')
  })
  it('counter-example: a refusal under the same header is still the outage', () => {
    expect(verdict(RISKY_BESIDE_REFUSED_TEST)).toBe('infrastructure/high/redis')
  })
})

describe('PHPUnit numbered headers outside its sections', () => {
  it('are not failures: a bootstrap\'s numbered report before the banner stands for none of the counted errors', () => {
    expect(names(BOOTSTRAP_REPORT)).not.toContain('App\\Catalogue::rayons')
    expect(names(BOOTSTRAP_REPORT)).not.toContain('App\\Catalogue::entrepôt')
    expect(verdict(BOOTSTRAP_REPORT)).not.toBe('infrastructure/high/redis')
  })
  it('are not failures after its summary: a shutdown function\'s numbered report stands for none of the counted errors', () => {
    expect(names(SHUTDOWN_REPORT)).not.toContain('App\\Catalogue::rayons')
    expect(verdict(SHUTDOWN_REPORT)).not.toBe('infrastructure/high/redis')
  })
})

describe('PHPUnit\'s risky and warning entries', () => {
  it('stand for none of the counted errors (`Errors: 1, Risky: 1`): a risky test\'s refusal does not cover an error no header reads', () => {
    expect(verdict(RISKY_BESIDE_UNREAD_ERROR)).toBe('infrastructure/ambiguous/redis')
  })
  it('counter-example: a risky entry is still a failing unit when it alone failed the run (failOnRisky)', () => {
    expect(verdict(RISKY_ONLY)).toBe('infrastructure/high/redis')
  })
})
