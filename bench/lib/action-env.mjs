// The runner's environment for the built action, as __tests__/harness/action.ts builds it
// (same variables, push event, Docker unavailable through a socket nobody listens on).
// Replicated in plain JS because the benchmarks run without a TypeScript loader.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':')

/** A fresh runner directory and env; call cleanup() when the run is over. */
export function actionRun(testCommand) {
  const dir = mkdtempSync(path.join(tmpdir(), 'coach-gate-bench-'))
  const workspace = path.join(dir, 'workspace')
  const runnerTemp = path.join(dir, 'runner-temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })
  const file = (name, content) => {
    writeFileSync(path.join(dir, name), content)
    return path.join(dir, name)
  }
  const eventPath = file('event.json', JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'octo-org/widgets' } }))
  const env = {
    PATH,
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: file('github_output', ''),
    GITHUB_STEP_SUMMARY: file('step_summary', ''),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/widgets',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: '9001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    DOCKER_HOST: `unix://${path.join(dir, 'nobody-listens.sock')}`,
    'INPUT_TEST-COMMAND': testCommand,
    'INPUT_GITHUB-TOKEN': 'ghs_benchtoken'
  }
  return { dir, workspace, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
