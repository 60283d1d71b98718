// The gated signs (src/classify/sign-gate.ts) answer exactly as their expressions do: on every
// line of the corpus's logs, normalised as the classifier judges them, and on the signs' own shapes.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { normaliseLine } from '../../src/classify/normalise.js'
import { GATED, SIGN_PATTERNS } from '../../src/classify/sign-gate.js'

const gated = [GATED.PY_TRACEBACK, GATED.STACK_FRAME, GATED.PANIC_HEADER, GATED.CAUSED_BY, GATED.DIRECT_CAUSE, GATED.DURING_HANDLING, GATED.UNINFORMATIVE, ...GATED.DIALECT_UNINFORMATIVE, ...GATED.WRAPPER_ECHOES]

function logs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? logs(path.join(dir, e.name)) : e.name.endsWith('.log') ? [path.join(dir, e.name)] : []))
}

describe('the gated signs', () => {
  it('are the signs, in order', () => {
    expect(gated).toHaveLength(SIGN_PATTERNS.length)
    expect(SIGN_PATTERNS.length).toBeLessThanOrEqual(31)
  })

  it('answer as their expressions on every line of the corpus and on their own shapes', () => {
    const lines = [
      'Traceback (most recent call last):', 'E   Traceback (most recent call last):', '    at Object.<anonymous> (x.js:1:2)', '\tat com.acme.X.y(X.java:3)',
      "thread 'main' panicked at src/main.rs:2:5:", 'Caused by: java.net.ConnectException: refused', '  ---> System.Net.Sockets.SocketException: refused',
      'The above exception was the direct cause of the following exception:', 'During handling of the above exception, another exception occurred:',
      '$ npm install', "  error: 'test failed'", '    Caused by: org.x.BeanCreationException at Foo.java:12', '', '   ', '✓ x', '[INFO] Tests run: 1'
    ]
    for (const file of logs('__fixtures__/corpus')) for (const raw of readFileSync(file, 'utf8').split('\n')) lines.push(normaliseLine(raw))
    let differ = 0
    for (const line of lines) {
      gated.forEach((sign, n) => {
        if (sign.test(line) !== (SIGN_PATTERNS[n] as RegExp).test(line)) differ++
      })
    }
    expect(differ).toBe(0)
    expect(lines.length).toBeGreaterThan(10_000)
  })
})
