// PDO's `could not find driver` names no database; Doctrine DBAL's own driver for one, in a frame
// of the library as installed, does (it builds the DSN's prefix itself).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const phpunit = (frames: string[]): string => [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.',
  '',
  'E                                                                   1 / 1 (100%)',
  '',
  'There was 1 error:',
  '',
  '1) App\\Tests\\OrderRepositoryTest::testSave',
  'PDOException: could not find driver',
  '',
  ...frames,
  '/app/tests/OrderRepositoryTest.php:21',
  '',
  'ERRORS!',
  'Tests: 1, Assertions: 0, Errors: 1.',
  ''
].join('\n')

describe('a PDO driver not installed', () => {
  it.each([
    ['Doctrine DBAL 3', '/app/vendor/doctrine/dbal/src/Driver/PDO/PgSQL/Driver.php:34', 'postgresql'],
    ['Doctrine DBAL 2', '/app/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDOMySql/Driver.php:31', 'mysql'],
    ['Debian\'s php-doctrine-dbal', '/usr/share/php/Doctrine/DBAL/Driver/PDO/PgSQL/Driver.php:34', 'postgresql']
  ])('is that database\'s extension when a frame below is its driver (%s)', (_, frame, service) => {
    const verdict = classifyText(phpunit([frame]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
    expect(verdict.services).toEqual([service])
  })

  it.each([
    ['no frame says which database', '/app/src/Db.php:12'],
    ['a copy of DBAL\'s driver in the project\'s tree', '/app/src/Doctrine/Driver/PDO/PgSQL/Driver.php:34'],
    ['Laravel\'s connector, which a project\'s subclass passes through with a DSN of its own', '/app/vendor/laravel/framework/src/Illuminate/Database/Connectors/PostgresConnector.php:52'],
    ['DBAL\'s exception converter, which any driver on that platform passes through', '/app/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php:87']
  ])('stays only possibly infrastructure when %s (a DSN the project wrote may be wrong)', (_, frame) => {
    const verdict = classifyText(phpunit([frame]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
  })

  it('reads only frames near the error: a driver frame of another test, further down, names nothing', () => {
    const verdict = classifyText(phpunit(['/app/src/Db.php:12', ...Array.from({ length: 14 }, (_, i) => `/app/src/Layer${i}.php:${i + 1}`), '/app/vendor/doctrine/dbal/src/Driver/PDO/PgSQL/Driver.php:34']))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
  })
})
