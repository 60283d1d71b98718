// Derives what the classifier would otherwise derive from its expressions on the first line of
// every run (src/classify/derived.ts) and writes it into src/classify/derived.generated.ts,
// which the bundles then carry. Run by `npm run build` before bundling; a unit test
// (__tests__/unit/derived.test.ts) fails when the file is not what the knowledge base derives.
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const DERIVED_FILE = 'src/classify/derived.generated.ts'

/** Writes the file when its text changes; returns whether it did. */
export async function deriveKnowledge(root = process.cwd()) {
  const outfile = path.join(root, '.tmp/derive/derive-all.mjs')
  await build({ entryPoints: [path.join(root, 'src/classify/derive-all.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
  const { derivedModule } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
  const text = derivedModule()
  const file = path.join(root, DERIVED_FILE)
  let before
  try {
    before = readFileSync(file, 'utf8')
  } catch {
    before = undefined
  }
  if (before === text) return false
  writeFileSync(file, text)
  return true
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (await deriveKnowledge()) console.log(`${DERIVED_FILE} written`)
}
