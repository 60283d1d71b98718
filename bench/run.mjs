#!/usr/bin/env node
// Runs every bench/*.bench.mjs in turn with the current node; fails if any failed.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))
let failed = 0
for (const file of readdirSync(dir).filter(f => f.endsWith('.bench.mjs')).sort()) {
  console.log(`── ${file}`)
  const r = spawnSync(process.execPath, [path.join(dir, file), ...process.argv.slice(2)], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
