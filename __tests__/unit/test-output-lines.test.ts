// How the test runner cuts the tests' output into lines (src/tests/test-runner.ts): LF, CRLF and
// a lone CR each end a line, whether or not a chunk holds a carriage return, and a CRLF split
// across two chunks is one line end.
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runTests } from '../../src/tests/test-runner.js'
import { tempDir } from '../harness/action.js'

async function linesOf(command: string): Promise<string[]> {
  const dir = tempDir('coach-gate-lines-')
  const lines: string[] = []
  await runTests({ command, cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir }, logPath: path.join(dir, 'test_output_1.log'), timeoutMs: 0, onLine: line => lines.push(line), echo: new PassThrough().resume() })
  return lines
}

describe('the tests\' output, line by line', () => {
  it('plain LF lines, a line cut across chunks, and a last line without its end', async () => {
    expect(await linesOf("printf 'one\\ntwo\\nthr'; sleep 0.2; printf 'ee\\n\\nfour'")).toEqual(['one', 'two', 'three', '', 'four'])
  })

  it('CRLF, a lone CR, and a CRLF whose LF comes in the next chunk', async () => {
    expect(await linesOf("printf 'a\\r\\nb\\rc\\r'; sleep 0.2; printf '\\nd\\n'; sleep 0.2; printf 'e\\n'")).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
