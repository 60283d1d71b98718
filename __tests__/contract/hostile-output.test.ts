// Output of any shape through the built action: gigabytes, one enormous line, invalid UTF-8,
// NUL bytes, CR-only line ends. No crash, bounded memory, the log file complete to the byte.
import { readFileSync, rmSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runAction } from '../harness/action.js'

const PG_REFUSED = 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'
const MiB = 1024 * 1024

describe('output of any shape', () => {
  it('streams 2 GiB of output with bounded memory and keeps every byte in the log', async () => {
    const size = 2 * 1024 * MiB
    const tailText = `\n${PG_REFUSED}\n`
    const run = await runAction({
      inputs: { 'test-command': `head -c ${size} /dev/zero; printf '%s\\n' '' '${PG_REFUSED}'; exit 1`, 'fail-on-feedback': 'false' },
      stdoutLimit: 64 * 1024,
      timeoutMs: 280_000
    })
    try {
      expect(run.exitCode).toBe(0)
      const logPath = run.outputs['log-path'] as string
      expect(statSync(logPath).size).toBe(size + Buffer.byteLength(tailText))
      expect(run.report?.validation_results.independent_tests.output_bytes).toBe(size + Buffer.byteLength(tailText))
      // The classifier still reads what comes after two gigabytes.
      expect(run.outputs).toMatchObject({ classification: 'infrastructure', service: 'postgresql', 'exit-code': '1' })
      // Everything was echoed live too, and the action never held more than a fraction of it.
      expect(run.stdoutBytes).toBeGreaterThan(size)
      expect(run.peakRssKiB).toBeGreaterThan(0)
      expect(run.peakRssKiB * 1024).toBeLessThan(512 * MiB)
    } finally {
      rmSync(run.dir, { recursive: true, force: true })
    }
  }, 300_000)

  it('survives a single 100 MB line, counting it as one line', async () => {
    const size = 100_000_000
    const run = await runAction({
      inputs: { 'test-command': `head -c ${size} /dev/zero | tr '\\0' a; printf '\\n%s\\n' '${PG_REFUSED}'; exit 1`, 'fail-on-feedback': 'false' },
      stdoutLimit: 64 * 1024,
      timeoutMs: 120_000
    })
    try {
      const expected = size + 1 + Buffer.byteLength(PG_REFUSED) + 1
      expect(statSync(run.outputs['log-path'] as string).size).toBe(expected)
      expect(run.report?.validation_results.independent_tests).toMatchObject({ output_bytes: expected, output_lines: 2 })
      expect(run.outputs).toMatchObject({ classification: 'infrastructure', service: 'postgresql' })
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
      expect(run.summary).toContain('characters)')
      expect(run.peakRssKiB * 1024).toBeLessThan(512 * MiB)
    } finally {
      rmSync(run.dir, { recursive: true, force: true })
    }
  }, 150_000)

  it('reads invalid UTF-8, NUL bytes and CR-only line ends without losing a byte', async () => {
    // printf writes these bytes exactly; the file below is what the log must equal.
    const script = "printf 'bad \\377\\376 utf8 \\000 nul\\rprogress 50%%\\rprogress 100%%\\r'; printf '%s\\r' '" + PG_REFUSED + "'; printf 'half a CRLF\\r'; sleep 0.2; printf '\\nlast'; exit 1"
    const run = await runAction({ inputs: { 'test-command': script, 'fail-on-feedback': 'false' } })
    const expected = Buffer.concat([
      Buffer.from('bad '), Buffer.from([0xff, 0xfe]), Buffer.from(' utf8 '), Buffer.from([0]), Buffer.from(' nul\rprogress 50%\rprogress 100%\r'),
      Buffer.from(`${PG_REFUSED}\r`), Buffer.from('half a CRLF\r\nlast')
    ])
    expect(readFileSync(run.outputs['log-path'] as string).equals(expected)).toBe(true)
    // The lone CRs end lines, so the refused connection is a line of its own; a CRLF split
    // across two writes is still one line end.
    expect(run.outputs).toMatchObject({ classification: 'infrastructure', confidence: 'high', service: 'postgresql' })
    expect(run.report?.validation_results.independent_tests).toMatchObject({ output_lines: 6, output_bytes: expected.length })
    expect(run.summary).not.toContain('\u0000')
    expect(run.summary).toContain('bad \uFFFD\uFFFD utf8 \uFFFD nul')
  })
})
