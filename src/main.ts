// The imperative shell: read the settings, run the stages (shell/gate.ts), look back at earlier
// attempts, publish. Every decision lives in its stage's folder; the world comes in as a Runtime
// (shell/runtime.ts), so this is tested with a fake one and run by index.ts with the real one.
import { readSettings } from './inputs/settings.js'
import { lookBack } from './decide/look-back.js'
import { publish, reportCrash } from './report/publish.js'
import { keepComment } from './report/comment.js'
import { safeLine } from './common/text.js'
import { gate } from './shell/gate.js'
import { actionsRuntime, type Runtime } from './shell/runtime.js'

export async function run(rt: Runtime = actionsRuntime()): Promise<void> {
  try {
    const settings = readSettings(name => rt.input(name), rt.env)
    const record = { ...(await gate(settings, rt)), shard: settings.shard }
    const workspace = rt.env.GITHUB_WORKSPACE || process.cwd()
    const earlier = await lookBack(record, { reportDirectory: settings.reportDirectory, previousReports: settings.previousReports, workspace, env: rt.env })
    if (earlier.repeats.count >= 2) rt.info(safeLine(`coach-gate: the same failure (${record.failureSignature ?? ''}) for the ${earlier.repeats.count}th attempt in a row`))
    const full = { ...record, ...earlier }
    // Before the summary is written, so it can say where the comment is, or why there is none.
    const commented = await keepComment(full, settings.githubToken, rt.env)
    await publish(commented === '' ? full : { ...full, notes: [...full.notes, commented] }, settings.failOnFeedback, rt)
  } catch (error) {
    await reportCrash(error, rt)
  } finally {
    rt.close()
  }
}
