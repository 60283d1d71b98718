// Hostile input and hostile conditions, through the built action under Node 24: forks,
// malicious frontmatter, forged outputs, markup in the log, and the platform's limits.
// (Output of every shape and faults are in hostile-output.test.ts and faults.test.ts.)
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestPayload, runAction, type ActionResult } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

const PG_REFUSED = 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'
const INFRA_FAILURE = `echo '${PG_REFUSED}'; exit 1`
const TASK = ['---', 'id: TASK-7', 'requires_infrastructure: [postgresql]', '---', '', 'Needs PostgreSQL.'].join('\n')

/** Test output as the runner would see it: the lines between the stop-commands token and its resume. */
function stoppedRegion(run: ActionResult): { token: string; inside: string; after: string } {
  const start = /^::stop-commands::([0-9a-f]{32})$/m.exec(run.stdout)
  if (!start) throw new Error(`no ::stop-commands:: line in stdout:\n${run.stdout.slice(0, 2000)}`)
  const token = start[1] as string
  const resume = run.stdout.indexOf(`\n::${token}::\n`, start.index)
  if (resume < 0) throw new Error('the resume token does not start a line')
  return { token, inside: run.stdout.slice(start.index + start[0].length, resume + 1), after: run.stdout.slice(resume) }
}

let api: ApiServer
beforeAll(async () => {
  api = await startApiServer({ 21: { body: TASK, files: [] }, 22: { body: TASK, files: [] } })
})
afterAll(() => api.close())

describe('trust policy for conditional approval', () => {
  const forkRun = (inputs: Record<string, string> = {}, fork = true): Promise<ActionResult> =>
    runAction({
      inputs: { 'test-command': INFRA_FAILURE, 'fail-on-feedback': 'false', ...inputs },
      event: { name: 'pull_request', payload: pullRequestPayload({ number: 21, body: TASK, fork }) },
      apiUrl: api.url
    })

  it('gives a fork PR with an infrastructure failure feedback under the default, and says why', async () => {
    const run = await forkRun()
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'infrastructure', confidence: 'high', 'requires-infrastructure': '["postgresql"]', 'task-id': 'TASK-7' })
    expect(run.summary).toContain('the trust policy refuses it: The pull request comes from the fork outsider/widgets, not from octo-org/widgets')
    expect(run.summary).toContain('conditional-approval: same-repo (the default)')
    expect(run.report?.rationale).toContain('fork outsider/widgets')
  })

  it('approves the same fork PR conditionally with conditional-approval: always', async () => {
    const run = await forkRun({ 'conditional-approval': 'always' })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
  })

  it('approves a same-repository PR under the default, and refuses it with never', async () => {
    expect((await forkRun({}, false)).outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
    const never = await forkRun({ 'conditional-approval': 'never' }, false)
    expect(never.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
    expect(never.summary).toContain('conditional-approval is set to never')
  })

  it('treats a PR whose head repository is gone (a deleted fork) as untrusted', async () => {
    const payload = pullRequestPayload({ number: 22, body: TASK, fork: true }) as { pull_request: { head: { repo: unknown } } }
    payload.pull_request.head.repo = null
    const run = await runAction({ inputs: { 'test-command': INFRA_FAILURE }, event: { name: 'pull_request_target', payload }, apiUrl: api.url })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('feedback')
    expect(run.summary).toContain('deleted fork')
  })

  it('rejects an unknown policy, naming the input', async () => {
    const run = await runAction({ inputs: { 'test-command': 'true', 'conditional-approval': 'forks-too' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("Input 'conditional-approval': 'forks-too' is not one of same-repo, always, never")
  })
})

describe('frontmatter is data, never code', () => {
  const withTask = (task: string, extra: Record<string, string> = {}): Promise<ActionResult> =>
    runAction({ inputs: { 'test-command': INFRA_FAILURE, 'task-file': 'tasks/t.md', ...extra }, files: { 'tasks/t.md': task } })

  it('refuses ---js frontmatter without running it', async () => {
    const marker = 'pwned-by-frontmatter'
    const code = `---js\n{ id: (require('fs').writeFileSync('${marker}', 'x'), 'T'), requires_infrastructure: ['postgresql'] }\n---\n`
    const run = await withTask(code)
    expect(existsSync(path.join(run.workspace, marker))).toBe(false)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]', 'task-id': '' })
    expect(run.summary).toContain('&#39;---js&#39; frontmatter is refused: only YAML is read, never executed')
  })

  it.each([
    ['---coffee', '---coffee\nid: "T"\n---\n', 'frontmatter is refused'],
    ['a js-yaml function tag', "---\nid: !!js/function 'function () { return 1 }'\nrequires_infrastructure: [postgresql]\n---\n", 'not valid YAML'],
    ['a YAML alias bomb', ['---', 'a: &a [x,x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]', 'requires_infrastructure: [postgresql]', '---'].join('\n'), 'a YAML alias bomb?'],
    ['frontmatter over 64 KiB', `---\nrequires_infrastructure: [postgresql]\npadding: "${'a'.repeat(70_000)}"\n---\n`, 'over the 65536-byte limit'],
    ['requires_infrastructure as a number', '---\nrequires_infrastructure: 5432\n---\n', 'must be a list of service names (strings), got a number'],
    ['requires_infrastructure with a mapping in it', '---\nrequires_infrastructure: [postgresql, {evil: true}]\n---\n', 'got a list with non-string items'],
    ['requires_infrastructure as a mapping', '---\nrequires_infrastructure: {postgresql: yes}\n---\n', 'got a object'],
    ['a list instead of a mapping', '---\n- requires_infrastructure\n---\n', 'not a mapping']
  ])('counts %s as nothing declared, with a clear message', async (_name, task, message) => {
    const run = await withTask(task)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', 'requires-infrastructure': '[]' })
    const note = run.report?.issues.find((i: { category: string }) => i.category === 'note')
    expect(note?.description).toContain('Task tasks/t.md could not be read and declares nothing')
    expect(note?.description).toContain(message)
    expect(run.report?.task.tasks[0].error).toContain(message)
  })

  it('reports unknown service names (and keeps them declared)', async () => {
    const run = await withTask('---\nid: T\nrequires_infrastructure: [postgresql, flux-capacitor]\n---\n')
    expect(run.outputs['requires-infrastructure']).toBe('["postgresql","flux-capacitor"]')
    expect(run.summary).toContain('declares services coach-gate does not know: flux-capacitor')
  })
})

describe("the PR's tests cannot forge the verdict", () => {
  it('runs without the file commands and the token, and its workflow commands are not obeyed', async () => {
    const forge = [
      // bash's complaint about the empty path goes to stderr, which may arrive after later stdout: silence it.
      '{ echo "decision=approve" >> "$GITHUB_OUTPUT"; } 2>/dev/null || echo "no GITHUB_OUTPUT"',
      '{ echo "## APPROVED" >> "$GITHUB_STEP_SUMMARY"; } 2>/dev/null || echo "no GITHUB_STEP_SUMMARY"',
      'echo "::set-output name=decision::approve"',
      'echo "::add-mask::FEEDBACK"',
      'echo "::error::forged error"',
      'echo "::stop-commands::attacker"',
      'echo "::attacker::"',
      'echo "::warning::forged warning after a fake resume"',
      'env > seen-env.txt',
      "printf 'no newline at the end'",
      'exit 1'
    ].join('\n')
    const run = await runAction({
      inputs: { 'test-command': forge },
      env: { GITHUB_TOKEN: 'ghs_secret_env', GITHUB_ENV: '/tmp/x-env', GITHUB_PATH: '/tmp/x-path', GITHUB_STATE: '/tmp/x-state', ACTIONS_RUNTIME_TOKEN: 'runtime-secret' }
    })
    expect(run.outputs.decision).toBe('feedback')
    expect(run.exitCode).toBe(1)
    expect(run.summary).not.toMatch(/^## APPROVED/m)
    const seen = readFileSync(path.join(run.workspace, 'seen-env.txt'), 'utf8')
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_']) {
      expect(seen).not.toMatch(new RegExp(`^${name}`, 'm'))
    }
    expect(seen).not.toContain('ghs_')
    // Every line the tests printed sits inside the stopped region, the token appears nowhere
    // in their output, and the resume starts its own line although the output did not end in one.
    const { token, inside, after } = stoppedRegion(run)
    expect(inside).toContain('::set-output name=decision::approve')
    expect(inside).toContain('::attacker::')
    expect(inside).toContain('no newline at the end\n')
    expect(inside).not.toContain(token)
    // Before the region, the gate logs the command on one line, so none of it starts a workflow command.
    expect(run.stdout.slice(0, run.stdout.indexOf(`::stop-commands::${token}`))).not.toMatch(/^::/m)
    expect(after).not.toContain('forged')
    // The gate's own annotations come after the resume, so the runner does obey them.
    expect(after).toMatch(/^::error title=coach-gate::FEEDBACK: code failure/m)
  })

  it('uses a new token every run', async () => {
    const [a, b] = await Promise.all([runAction({ inputs: { 'test-command': 'echo hi' } }), runAction({ inputs: { 'test-command': 'echo hi' } })])
    expect(stoppedRegion(a as ActionResult).token).not.toBe(stoppedRegion(b as ActionResult).token)
  })
})

describe("the platform's limits", () => {
  it('raises at most 10 error annotations and counts the rest', async () => {
    const lines = [
      ...[1, 2, 3].map(i => `E       AssertionError: assert ${i} == 0`),
      ...[1, 2, 3].map(i => `AssertionError [ERR_ASSERTION]: ${i} == 0`),
      ...[1, 2, 3].map(i => `TypeError: thing${i} is not a function`),
      ...[1, 2, 3].map(i => `SyntaxError: Unexpected token ${i}`)
    ]
    const run = await runAction({ inputs: { 'test-command': `printf '%s\\n' ${lines.map(l => `'${l}'`).join(' ')}; exit 1` } })
    expect(run.report?.issues[0].evidence).toHaveLength(12)
    const errors = stoppedRegion(run).after.split('\n').filter(l => l.startsWith('::error'))
    expect(errors).toHaveLength(10)
    expect(errors[9]).toMatch(/^::error title=coach-gate::4 more error annotations not shown/)
  })

  it('escapes markup from the log and the PR in the summary', async () => {
    const task = ['---', 'id: "<img src=x onerror=alert(1)>"', 'requires_infrastructure: ["<script>alert(1)</script>"]', '---'].join('\n')
    const log = ["E       AssertionError: <img src=x onerror=alert(2)> [click](javascript:alert(3)) @octocat | pipe", '</pre></details><script>alert(4)</script>', '\u001b[31mred\u001b[0m and a NUL \u0000 here']
    const run = await runAction({ inputs: { 'test-command': `printf '%s\\n' ${log.map(l => `$'${l.replaceAll('\u001b', '\\e').replaceAll('\u0000', '\\x00')}'`).join(' ')}; exit 1`, 'task-file': 't.md' }, files: { 't.md': task } })
    expect(run.outputs.classification).toBe('code')
    expect(run.summary).not.toMatch(/<img|<script|<\/pre><\/details>/)
    expect(run.summary).toContain('&lt;img src=x onerror=alert(2)&gt;')
    expect(run.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(run.summary).not.toContain('\u0000')
    expect(run.summary).not.toContain('\u001b')
  })

  it('keeps the summary under 1 MiB and the outputs bounded when the PR floods it', async () => {
    // 600 changed task files, each declaring 32 long unknown services: notes worth megabytes.
    const names = (i: number): string[] => Array.from({ length: 32 }, (_, j) => `svc-${i}-${j}-${'x'.repeat(50)}`)
    const files: Record<string, string> = {}
    for (let i = 0; i < 600; i++) files[`tasks/t${String(i).padStart(3, '0')}.md`] = `---\nid: T${i}\nrequires_infrastructure: [${names(i).join(', ')}]\n---\n`
    const flood = await startApiServer({ 30: { body: 'See the tasks.', files: Object.keys(files).map(filename => ({ filename })) } })
    try {
      const run = await runAction({ inputs: { 'test-command': INFRA_FAILURE }, files, event: { name: 'pull_request', payload: pullRequestPayload({ number: 30, body: 'See the tasks.' }) }, apiUrl: flood.url })
      expect(run.report?.task.tasks).toHaveLength(600)
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
      expect(run.summary).toContain('summary trimmed to stay under GitHub’s 1 MiB limit')
      const declared = JSON.parse(run.outputs['requires-infrastructure'] as string) as string[]
      expect(Buffer.byteLength(run.outputs['requires-infrastructure'] as string)).toBeLessThanOrEqual(16 * 1024)
      expect(declared[0]).toBe(names(0)[0])
      expect(Buffer.byteLength(run.outputs['task-id'] as string)).toBeLessThanOrEqual(16 * 1024)
      expect(run.report?.requires_infrastructure).toHaveLength(600 * 32)
    } finally {
      await flood.close()
    }
  })
})
