// Records each spec's duration in the CI database, for the flaky-spec dashboard. Best effort: a run
// whose timings cannot be saved still passes or fails on its specs alone.
const { Client } = require('pg')

const timings = []
jasmine.getEnv().addReporter({
  specDone(result) { timings.push([result.fullName, result.duration]) },
  async jasmineDone() {
    const db = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' })
    try {
      await db.connect()
      await db.query('CREATE TABLE IF NOT EXISTS spec_timings (name text, ms integer)')
      for (const [name, ms] of timings) await db.query('INSERT INTO spec_timings (name, ms) VALUES ($1, $2)', [name, ms])
      await db.end()
    } catch (err) {
      console.warn(`spec timings not saved: ${err.message}`)
    }
  }
})
