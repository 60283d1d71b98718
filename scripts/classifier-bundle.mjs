// Bundles src/classify on its own (esbuild, already the build tool) so plain Node scripts,
// the accuracy script and the benchmark, run exactly the classifier the action ships.
import { build } from 'esbuild'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export async function loadClassifier(root = process.cwd()) {
  const outfile = path.join(root, '.tmp/classify/index.mjs')
  await build({ entryPoints: [path.join(root, 'src/classify/index.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
}
