// Bundles the action into dist/ with esbuild, and writes dist/licenses.txt: the licence notices of
// every package the bundles contain. Output is deterministic so CI can check that the committed
// dist/ matches a fresh build.
import { build } from 'esbuild'
import { rmSync, writeFileSync } from 'node:fs'
import { buildOptions, mergeOptions, postOptions, vendorOptions } from './build-options.mjs'
import { bundledPackages, licencesText } from './licences.mjs'
import { deriveKnowledge } from './derive-knowledge.mjs'

// What the classifier derives from its expressions, derived now and carried by the bundles.
await deriveKnowledge()

// Chunk names carry a content hash: clear old ones so dist/ holds exactly this build.
rmSync('dist', { recursive: true, force: true })
const results = await Promise.all([buildOptions, postOptions, mergeOptions, vendorOptions].map(options => build({ ...options, metafile: true })))
writeFileSync('dist/licenses.txt', licencesText(bundledPackages(results.map(result => result.metafile))))
