// Bundles the action into dist/ with esbuild. Output is deterministic so CI can
// check that the committed dist/ matches a fresh build.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { buildOptions, mergeOptions, postOptions, vendorOptions } from './build-options.mjs'

// Chunk names carry a content hash: clear old ones so dist/ holds exactly this build.
rmSync('dist', { recursive: true, force: true })
await Promise.all([build(buildOptions), build(postOptions), build(mergeOptions), build(vendorOptions)])
