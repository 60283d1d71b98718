// Derives what the run would otherwise derive from the knowledge base when it starts, and writes
// it into generated modules the bundles then carry: the classifier's expressions
// (src/classify/derived.ts → derived.generated.ts) and the services' names (src/knowledge/names.ts
// → names.generated.ts, so a run that classifies nothing never loads definitions.ts). Run by
// `npm run build` before bundling; unit tests (__tests__/unit/derived.test.ts) fail when a file
// is not what the knowledge base derives.
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const DERIVED_FILE = 'src/classify/derived.generated.ts'
export const NAMES_FILE = 'src/knowledge/names.generated.ts'

/** Writes the files whose text changes; returns those it wrote. */
export async function deriveKnowledge(root = process.cwd()) {
  const written = []
  // The names first: the classifier's derivation loads the registry, which reads them.
  for (const [entry, exported, file] of [['src/knowledge/derive-names.ts', 'namesModule', NAMES_FILE], ['src/classify/derive-all.ts', 'derivedModule', DERIVED_FILE]]) {
    const outfile = path.join(root, '.tmp/derive', `${path.basename(entry, '.ts')}.mjs`)
    await build({ entryPoints: [path.join(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
    const text = (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`))[exported]()
    const target = path.join(root, file)
    let before
    try {
      before = readFileSync(target, 'utf8')
    } catch {
      before = undefined
    }
    if (before === text) continue
    writeFileSync(target, text)
    written.push(file)
  }
  return written
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await deriveKnowledge()) console.log(`${file} written`)
}
