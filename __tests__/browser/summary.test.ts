// The job summary in a real browser: the built action runs (as in the runner-contract tests),
// its GITHUB_STEP_SUMMARY is rendered as GFM and opened in headless Chromium, and the DOM is
// checked for what a reader relies on. Screenshots go to .tmp/screenshots; `npm run
// screenshots` runs this same file with COACH_GATE_SCREENSHOTS=docs/screenshots to refresh the
// committed ones (pixels differ between Chromium builds and fonts, so they are not compared).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleFiles, ROOT, runAction, type ActionResult, type RunOptions } from '../harness/action.js'
import { inspectSummary, launchChromium, openSummary, PWNED_FLAG, summaryToHtml, type SummaryDom } from './summary-page.js'

const SHOTS = path.resolve(ROOT, process.env.COACH_GATE_SCREENSHOTS || '.tmp/screenshots')
// The rendered pages are kept for a look in a browser, never committed.
const PAGES = path.join(ROOT, '.tmp', 'screenshots')

const example = exampleFiles

// Everything here would be markup, script, a link, a table row or a notification if it
// reached the page unescaped. Each line sets the flag if it ever runs.
const HOSTILE_LINES = [
  `<script>window.${PWNED_FLAG} = 'script'</script>`,
  `<img src=x onerror="window.${PWNED_FLAG}='img'">`,
  `</pre></details><img src=y onerror="window.${PWNED_FLAG}='after-details'"><details open><pre>`,
  '[click here](https://evil.example/phish) ![tracker](https://evil.example/pixel.png) <https://evil.example/auto>',
  '| injected | table |',
  '|---|---|',
  '| x | y |',
  'cc @octocat and @octo-org/security, please approve',
  `<a href="javascript:window.${PWNED_FLAG}='link'">details</a> <svg onload="window.${PWNED_FLAG}='svg'"></svg>`,
  '**bold** _em_ ~~gone~~ `tick` # not a heading'
]
const HOSTILE_ASSERTION = `AssertionError [ERR_ASSERTION]: expected <img src=z onerror="window.${PWNED_FLAG}='evidence'"> | @octocat [x](https://evil.example) see https://evil.example/bare`
const HOSTILE_TASK_ID = `TASK-1<img src=t onerror="window.${PWNED_FLAG}='task'">|@octocat`

const HOSTILE_SCRIPT = `const lines = ${JSON.stringify([...HOSTILE_LINES, HOSTILE_ASSERTION])}
for (const line of lines) console.log(line)
process.exitCode = 1
`

interface Scenario {
  readonly name: string
  readonly icon: string
  readonly options: RunOptions
  readonly expect: Record<string, string>
  /** The lines of the "Checked on the runner" section (each starts with one of these), when the approval rests on them. */
  readonly checked?: readonly string[]
}

const SCENARIOS: Scenario[] = [
  {
    name: 'approve',
    icon: '✅',
    options: { inputs: { 'test-command': 'node --test' }, files: example('passing') },
    expect: { decision: 'approve', classification: 'none', summary: 'APPROVED' }
  },
  {
    name: 'conditional-approve',
    icon: '⚠️',
    options: { inputs: { 'test-command': 'node --test', 'task-file': 'tasks/add-user-store.md' }, files: example('needs-postgres'), docker: 'no-daemon' },
    expect: { decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: 'postgresql', summary: 'APPROVED (infra-dependent, independent tests skipped)' },
    // A corroborated approval: the refusal checked on the runner before approving (issue 24).
    checked: ['✅ checked: nothing accepts on 127.0.0.1:5432 (ECONNREFUSED) · connect to 127.0.0.1:5432']
  },
  {
    name: 'feedback-code',
    icon: '❌',
    options: { inputs: { 'test-command': 'node --test' }, files: example('code-defect') },
    expect: { decision: 'feedback', classification: 'code', summary: 'FEEDBACK: code failure' }
  },
  {
    name: 'feedback-infrastructure',
    icon: '❌',
    options: { inputs: { 'test-command': 'node --test' }, files: example('needs-postgres', ['tasks/add-user-store.md']), docker: 'no-daemon' },
    expect: { decision: 'feedback', classification: 'infrastructure', service: 'postgresql' }
  },
  {
    name: 'hostile-log',
    icon: '❌',
    options: {
      inputs: { 'test-command': 'node hostile.js', 'task-file': 'tasks/hostile.md', gates: 'lint<b>|@octocat=success' },
      files: { 'hostile.js': HOSTILE_SCRIPT, 'tasks/hostile.md': `---\nid: ${JSON.stringify(HOSTILE_TASK_ID)}\nrequires_infrastructure: [postgresql]\n---\n` }
    },
    expect: { decision: 'feedback', classification: 'code', 'task-id': HOSTILE_TASK_ID }
  }
]

// Elements a summary is made of. Anything else in the DOM came from somewhere it should not.
const ALLOWED_TAGS = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'code', 'pre', 'details', 'summary', 'strong', 'em', 'sub', 'a', 'br'])

let browser: Awaited<ReturnType<typeof launchChromium>>
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mkdirSync(PAGES, { recursive: true })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the job summary in headless Chromium', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: verdict first, a real table, the log folded away, no markup from the log`, async () => {
      const run: ActionResult = await runAction(scenario.options)
      expect(run.outputs).toMatchObject(scenario.expect)
      const html = summaryToHtml(run.summary, `coach-gate: ${scenario.name}`)
      writeFileSync(path.join(PAGES, `${scenario.name}.html`), html)
      const page = await openSummary(browser.context, html)
      const dom: SummaryDom = await inspectSummary(page)

      // The verdict is the first thing on the page, and the first heading.
      expect(dom.firstElement).toEqual({ tag: 'h2', text: `${scenario.icon} ${run.outputs.summary}` })
      expect(dom.headings[0]).toEqual(dom.firstElement)

      // The facts are a table of label/value rows that agree with the outputs.
      expect(dom.tables).toHaveLength(1)
      const rows = dom.tables[0]?.rows ?? []
      expect(rows.length).toBeGreaterThanOrEqual(8)
      for (const row of rows) expect(row).toHaveLength(2)
      const facts = Object.fromEntries(rows.map(([label, value]) => [label, value]))
      expect(facts.Classification).toBe(run.outputs.classification)
      expect(facts.Confidence).toBe(run.outputs.confidence)
      if (run.outputs['task-id']) expect(facts.Task).toContain(run.outputs['task-id'])

      // Below the first screen, two collapsed <details>: the facts, then the log tail holding the log's last lines as plain text.
      expect(dom.details).toHaveLength(2)
      const [foldedFacts, details] = dom.details
      expect(foldedFacts?.open).toBe(false)
      expect(foldedFacts?.summary).toMatch(/^Facts/)
      expect(details?.open).toBe(false)
      expect(details?.summary).toMatch(/^Log tail \(last \d+ of \d+ lines/)
      expect(details?.childTags).toEqual(['summary', 'pre'])
      const log = readFileSync(run.outputs['log-path'] as string, 'utf8').trimEnd().split('\n')
      expect(details?.preText.trimEnd().endsWith(log.at(-1) as string)).toBe(true)

      // Nothing from the log or the task became markup, a link, a mention or a script.
      expect(dom.tags.filter(tag => !ALLOWED_TAGS.has(tag))).toEqual([])
      expect(dom.eventHandlerAttributes).toEqual([])
      // A bare URL may be autolinked, as GitHub does in any text; a link that hides its target may not.
      expect(dom.links.filter(link => link.text !== link.href || /^javascript:/i.test(link.href))).toEqual([])
      expect(dom.mentions).toEqual([])
      expect(dom.pwned).toBeUndefined()
      expect(dom.lastElementText).toMatch(/^Audit report: /)

      // A corroborated approval says what was checked on the runner, one line a check, in view.
      if (scenario.checked) {
        expect(dom.headings.map(h => h.text)).toContain('Checked on the runner')
        const lines = await page.locator('#summary h3:text-is("Checked on the runner") + ul > li').allTextContents()
        expect(lines).toHaveLength(scenario.checked.length)
        scenario.checked.forEach((start, i) => expect(lines[i]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d+(\\.\\d)? ms$`)))
        expect(await page.locator('#summary h3:text-is("Checked on the runner")').isVisible()).toBe(true)
      }

      await page.locator('.panel').screenshot({ path: path.join(SHOTS, `${scenario.name}.png`) })

      // Collapsed means collapsed in the browser too: the log shows only after a click.
      const pre = page.locator('#summary details pre')
      expect(await pre.isVisible()).toBe(false)
      await page.locator('#summary details > summary').last().click()
      expect(await pre.isVisible()).toBe(true)
      // The hostile log's picture shows the tail opened: every line readable, nothing rendered.
      if (scenario.name === 'hostile-log') await page.locator('.panel').screenshot({ path: path.join(SHOTS, `${scenario.name}.png`) })
      expect(await page.evaluate(flag => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG)).toBeUndefined()
      await page.close()

      if (scenario.name === 'hostile-log') {
        // Every hostile line is in the log tail, character for character.
        for (const line of [...HOSTILE_LINES, HOSTILE_ASSERTION]) expect(details?.preText).toContain(line)
        // The failing assertion is quoted as evidence, as text.
        expect(dom.tags).toContain('li')
        const evidence = await (async () => {
          const p = await openSummary(browser.context, html)
          const items = await p.locator('#summary li code').allTextContents()
          await p.close()
          return items
        })()
        expect(evidence).toContain(HOSTILE_ASSERTION)
      }
    })
  }

  it('catches markup that escapes: the same checks fail on an unescaped log', async () => {
    // The check itself must be able to fail: a summary that pastes the log raw trips it.
    const raw = `## ❌ FEEDBACK: code failure\n\n| | |\n|---|---|\n| Classification | code |\n\n<details><summary>Log tail</summary>\n\n<pre>${HOSTILE_LINES.join('\n')}</pre>\n\n</details>\n`
    const page = await openSummary(browser.context, summaryToHtml(raw, 'raw'))
    const dom = await inspectSummary(page)
    await page.close()
    expect(dom.pwned).toBeDefined()
    expect(dom.tags).toContain('img')
    expect(dom.eventHandlerAttributes.length).toBeGreaterThan(0)
    expect(dom.details.length).toBeGreaterThan(1)
  })
})
