// Java, Go and PHP clients' own words, end to end in the runner's failure block: each line is
// taken from the client's source (definitions.ts and rules/connection.ts cite them), and each has
// a neighbour with the same words where the service was there (a pool exhausted, a handshake refused).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const surefire = (head: string[], causes: string[], frame: string): string => [
  '[INFO] -------------------------------------------------------',
  '[INFO]  T E S T S',
  '[INFO] -------------------------------------------------------',
  '[INFO] Running com.acme.store.StoreIT',
  '[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 2.479 s <<< FAILURE! -- in com.acme.store.StoreIT',
  '[ERROR] com.acme.store.StoreIT.savesOrder -- Time elapsed: 2.401 s <<< ERROR!',
  ...head,
  `\tat ${frame}(Source.java:120)`,
  '\tat com.acme.store.Store.save(Store.java:31)',
  '\tat com.acme.store.StoreIT.savesOrder(StoreIT.java:22)',
  ...causes.flatMap(c => [`Caused by: ${c}`, '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)', '\t... 12 more']),
  '',
  '[INFO] Results:',
  '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0',
  '[INFO] BUILD FAILURE',
  ''
].join('\n')

const verdict = (log: string): string => {
  const v = classifyText(log)
  return `${v.classification}/${v.confidence}${v.confidence === 'high' && v.classification === 'infrastructure' ? `/${v.services.join(',')}` : ''}`
}

describe('Java pools whose words alone do not say the service was missing', () => {
  it('Jedis 2 and 3: the pool over a refusal is Redis missing', () => {
    expect(verdict(surefire(['redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool'], ['redis.clients.jedis.exceptions.JedisConnectionException: java.net.ConnectException: Connection refused (Connection refused)', 'java.net.ConnectException: Connection refused (Connection refused)'], 'redis.clients.util.Pool.getResource'))).toBe('infrastructure/high/redis')
  })

  it.each([
    ['Jedis\'s pool exhausted (a leak)', ['redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool'], ['java.util.NoSuchElementException: Timeout waiting for idle object'], 'redis.clients.jedis.util.Pool.getResource'],
    ['HikariCP with every connection handed out', ['java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=2)'], [], 'com.zaxxer.hikari.pool.HikariPool.createTimeoutException']
  ])('%s is not infrastructure/high', (_, head, causes, frame) => {
    expect(verdict(surefire(head, causes, frame))).not.toMatch(/^infrastructure\/high/)
  })
})
