// PDO's `could not find driver` names no database; the frame of the class that opened the
// connection does (Doctrine DBAL's driver for it, its exception converter, Laravel's connector).
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
    ['Laravel', '/app/vendor/laravel/framework/src/Illuminate/Database/Connectors/PostgresConnector.php:52', 'postgresql']
  ])('is that database\'s extension when a frame below is its driver (%s)', (_, frame, service) => {
    const verdict = classifyText(phpunit([frame]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
    expect(verdict.services).toEqual([service])
  })

  it('stays only possibly infrastructure when no frame says which database (a DSN the project wrote may be wrong)', () => {
    const verdict = classifyText(phpunit(['/app/src/Db.php:12']))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
  })

  it('reads only frames near the error: a driver frame of another test, further down, names nothing', () => {
    const verdict = classifyText(phpunit(['/app/src/Db.php:12', ...Array.from({ length: 14 }, (_, i) => `/app/src/Layer${i}.php:${i + 1}`), '/app/vendor/doctrine/dbal/src/Driver/PDO/PgSQL/Driver.php:34']))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
  })
})
