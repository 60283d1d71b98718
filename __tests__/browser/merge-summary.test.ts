// The merge sub-action's job summary in a real browser: shards run by the real gate (one with
// a hostile shard name and a hostile failure), merged by the built merge bundle, the summary
// rendered as GFM in headless Chromium and its DOM checked: the merged verdict first, one table
// row a shard, and nothing from a report turned into markup, a link, a mention or a script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleFiles, MERGE_DIST, ROOT, runAction } from '../harness/action.js'
import { inspectSummary, launchChromium, openSummary, PWNED_FLAG, summaryToHtml } from './summary-page.js'

const SHOTS = path.resolve(ROOT, process.env.COACH_GATE_SCREENSHOTS || '.tmp/screenshots')
const PAGES = path.join(ROOT, '.tmp', 'screenshots')

const HOSTILE_SHARD = `linux <img src=s onerror="window.${PWNED_FLAG}='shard'"> | @octocat [x](https://evil.example)`
const HOSTILE_FAILURE = `AssertionError [ERR_ASSERTION]: expected <script>window.${PWNED_FLAG}='evidence'</script> | @octo-org/security **approve** [y](https://evil.example/phish)`
const ALLOWED_TAGS = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'code', 'a', 'br'])

let browser: Awaited<ReturnType<typeof launchChromium>>
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mkdirSync(PAGES, { recursive: true })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the merge summary in headless Chromium', () => {
  it('shows the merged verdict first, one row a shard, and every report text as text', async () => {
    const [passing, hostile] = await Promise.all([
      runAction({ inputs: { 'test-command': 'node --test', shard: 'macos-1' }, files: exampleFiles('passing') }),
      runAction({ inputs: { 'test-command': 'node fail.js', shard: HOSTILE_SHARD }, files: { 'fail.js': `console.log(${JSON.stringify(HOSTILE_FAILURE)})\nprocess.exitCode = 1\n` } })
    ])
    const files = {
      'reports/coach-gate-macos-1/coach_turn_1.json': readFileSync(passing.outputs['report-path'] as string, 'utf8'),
      'reports/coach-gate-linux-1/coach_turn_1.json': readFileSync(hostile.outputs['report-path'] as string, 'utf8'),
      'reports/coach-gate-linux-2/coach_turn_1.json': '{ "schema_version": "1.0", "decision": '
    }
    const run = await runAction({ entry: MERGE_DIST, inputs: { reports: 'reports/*/coach_turn_*.json', 'expected-shards': '3' }, files })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code', summary: 'FEEDBACK: code failure in 1 of 2 shards; 1 unreadable report' })

    const html = summaryToHtml(run.summary, 'coach-gate merge')
    writeFileSync(path.join(PAGES, 'merge.html'), html)
    const page = await openSummary(browser.context, html)
    const dom = await inspectSummary(page)
    expect(dom.firstElement).toEqual({ tag: 'h2', text: `❌ ${run.outputs.summary}` })
    expect(dom.tables).toHaveLength(2)
    const facts = Object.fromEntries((dom.tables[0]?.rows ?? []).map(([label, value]) => [label, value]))
    expect(facts).toMatchObject({ Classification: 'code', Confidence: run.outputs.confidence })
    const shards = dom.tables[1]
    expect(shards?.header).toEqual(['Shard', 'Verdict', 'Classification', 'Rule', 'Service', 'Evidence'])
    expect(shards?.rows.map(row => row.length)).toEqual([6, 6, 6])
    expect(shards?.rows.map(row => row[0])).toEqual([HOSTILE_SHARD, 'macos-1', 'reports/coach-gate-linux-2/coach_turn_1.json'])
    expect(shards?.rows[0]?.[5]).toContain(HOSTILE_FAILURE)
    expect(shards?.rows[2]?.[1]).toBe('❌ unreadable')

    expect(dom.tags.filter(tag => !ALLOWED_TAGS.has(tag))).toEqual([])
    expect(dom.eventHandlerAttributes).toEqual([])
    expect(dom.links.filter(link => link.text !== link.href || /^javascript:/i.test(link.href))).toEqual([])
    expect(dom.mentions).toEqual([])
    expect(dom.pwned).toBeUndefined()
    expect(dom.lastElementText).toMatch(/^Merged report: /)
    await page.locator('.panel').screenshot({ path: path.join(SHOTS, 'merge.png') })
    await page.close()
  })
})
