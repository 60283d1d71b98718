// PHP's pgsql and mysqli functions handed a connection that was never opened (false from a failed
// pg_connect(), a handle left null), and a PostgreSQL answer a PHP library printed through htmlentities().
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const phpunit = (failures: Array<[string, string[]]>): string => [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.',
  '',
  `${'E'.repeat(failures.length)}${' '.repeat(Math.max(1, 66 - failures.length))}${failures.length} / ${failures.length} (100%)`,
  '',
  `There ${failures.length === 1 ? 'was 1 error' : `were ${failures.length} errors`}:`,
  '',
  ...failures.flatMap(([name, lines], i) => [`${i + 1}) App\\Tests\\${name}`, ...lines, '', `/app/src/Db.php:${20 + i}`, `/app/tests/DbTest.php:${40 + i}`, '']),
  'ERRORS!',
  `Tests: ${failures.length}, Assertions: 0, Errors: ${failures.length}.`,
  ''
].join('\n')

const refused = (name: string): [string, string[]] => [name, [
  'pg_connect(): Unable to connect to PostgreSQL server: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
  '\tIs the server running on that host and accepting TCP/IP connections?'
]]

describe('a PHP database function given a connection never opened', () => {
  it('is only possibly the outage, even beside refusals (the connect that failed is not in this test)', () => {
    const verdict = classifyText(phpunit([refused('DbTest::testQuery'), ['DbTest::testEscape', ['TypeError: pg_escape_string(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given']], refused('DbTest::testInsert')]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
  })

  it.each([
    ['pgsql, false from pg_connect()', 'TypeError: pg_query(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given'],
    ['mysqli, a handle left null', 'TypeError: mysqli_real_escape_string(): Argument #1 ($mysql) must be of type mysqli, null given']
  ])('is never infrastructure/high on its own (%s: down, refused credentials, or never connected)', (_, line) => {
    const verdict = classifyText(phpunit([['DbTest::testEscape', [line]]]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
  })

  it.each([
    ['another argument', 'TypeError: pg_query(): Argument #2 ($query) must be of type string, array given'],
    ['a result, not a connection', 'TypeError: pg_fetch_assoc(): Argument #1 ($result) must be of type PgSql\\Result, bool given'],
    ['a mysqli result', 'TypeError: mysqli_fetch_assoc(): Argument #1 ($result) must be of type mysqli_result, bool given']
  ])('stays the code\'s for %s', (_, line) => {
    const verdict = classifyText(phpunit([refused('DbTest::testQuery'), ['DbTest::testFetch', [line]]]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('code/high')
  })
})

describe('PostgreSQL\'s answer printed through htmlentities()', () => {
  it.each([
    ['a syntax error, escaped twice', 'ERROR:  syntax error at or near &amp;quot;unit_test&amp;quot;'],
    ['a table created twice', '42P07, 7, ERROR:  relation &quot;unit_test&quot; already exists CREATE TABLE unit_test(id integer)'],
    ['a table created twice, unescaped', 'PDOException: SQLSTATE[42P07]: Duplicate table: 7 ERROR:  relation "users" already exists']
  ])('is the code\'s: the server answered (%s)', (_, line) => {
    const verdict = classifyText(phpunit([['DbTest::testDelete', [line]]]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('code/high')
  })

  it('is not the notice of CREATE TABLE IF NOT EXISTS, which a passing setup prints', () => {
    const verdict = classifyText(phpunit([['DbTest::testQuery', ['NOTICE:  relation "users" already exists, skipping', ...refused('x')[1]]]]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
    expect(verdict.services).toEqual(['postgresql'])
  })
})
