// The post step: a safety net. Anything labelled with this invocation that survived the main
// step (a killed runner process, a crash) is removed here. Never fails the job.
// src/post-entry.ts calls post(); importing this module runs nothing.
import * as core from '@actions/core'
import { STATE } from '../common/names.js'
import { labelFilters } from './containers.js'
import { docker, failureReason } from './docker-cli.js'

export async function post(): Promise<void> {
  const run = core.getState(STATE.run)
  const invocation = core.getState(STATE.invocation)
  if (run === '' || invocation === '') {
    core.info('coach-gate post: no service containers were started by this step')
    return
  }
  const listed = await docker(['ps', '--all', '--quiet', ...labelFilters({ run, invocation })], 30_000)
  if (listed.code !== 0) {
    core.warning(`coach-gate post: could not list leftover service containers: ${failureReason(listed)}`)
    return
  }
  const ids = listed.stdout.split('\n').map(id => id.trim()).filter(id => id !== '')
  if (ids.length === 0) {
    core.info(`coach-gate post: no leftover service containers for ${run}/${invocation}`)
    return
  }
  const removed = await docker(['rm', '--force', '--volumes', ...ids], 60_000)
  if (removed.code === 0) core.info(`coach-gate post: removed ${ids.length} leftover service container(s): ${ids.join(', ')}`)
  else core.warning(`coach-gate post: could not remove ${ids.join(', ')}: ${failureReason(removed)}`)
}
