// Runs every bench/*.bench.mjs in turn with the current node; non-zero exit if any failed.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
let failed = 0
for (const file of readdirSync(here).filter(f => f.endsWith('.bench.mjs')).sort()) {
  console.log(`── ${file}`)
  const result = spawnSync(process.execPath, [path.join(here, file)], { stdio: 'inherit' })
  if (result.status !== 0) {
    failed++
    console.log(`── FAILED: ${file}`)
  }
}
process.exit(failed === 0 ? 0 : 1)
