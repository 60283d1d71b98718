// esbuild options for dist/, shared by the build and by the cold-start benchmark (which
// rebuilds in memory with a metafile to say what dominates the bundle).

/**
 * @actions/core imports @actions/http-client (and through it undici, ~0.8 MB) only for
 * getIDToken, which the gate never calls. Neither package has side effects on import, but they
 * do not say so in package.json, so esbuild would keep them in the entry chunk and Node would
 * parse them on every run. Declaring them side-effect free lets tree shaking drop them there;
 * the GitHub client, loaded on demand, still bundles them in its own chunk.
 */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|undici|tunnel)(\/|$)/ }, async args => {
      if (args.pluginData?.sideEffectFree) return undefined
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { sideEffectFree: true } })
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path, sideEffects: false }
    })
  }
}

/**
 * gray-matter and js-yaml are half of what dist/index.js would parse at start, yet only a run
 * that finds a task needs them. They are bundled on their own (vendorOptions, CommonJS) and
 * src/frontmatter.ts's `import matter from 'gray-matter'` gets a stand-in that requires that
 * file on the first call. The source and its tests keep the plain import.
 */
const lazyGrayMatter = {
  name: 'lazy-gray-matter',
  setup(build) {
    build.onResolve({ filter: /^gray-matter$/ }, () => ({ path: 'gray-matter', namespace: 'lazy' }))
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module'",
        'let matter',
        'export default function lazyMatter(input, options) {',
        "  matter ??= createRequire(import.meta.url)('./vendor/gray-matter.cjs')",
        '  return matter(input, options)',
        '}'
      ].join('\n')
    }))
  }
}

/**
 * @actions/core's file-command.js imports node:crypto for one randomUUID() (the delimiter of a
 * state or output file command), and Node takes about 4 ms to load node:crypto, paid by every
 * run at start although most never call it (the gate writes its outputs itself, src/shell/
 * runtime.ts). Its `crypto` import gets a stand-in that loads node:crypto on the first call.
 */
const lazyCoreCrypto = {
  name: 'lazy-core-crypto',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, args => (/[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: 'crypto', namespace: 'lazy-crypto' } : undefined))
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module'",
        'let crypto',
        'export function randomUUID() {',
        "  crypto ??= createRequire(import.meta.url)('node:crypto')",
        '  return crypto.randomUUID()',
        '}'
      ].join('\n')
    }))
  }
}

export const vendorOptions = {
  stdin: { contents: "module.exports = require('gray-matter')", resolveDir: '.', sourcefile: 'gray-matter-vendor.cjs', loader: 'js' },
  outfile: 'dist/vendor/gray-matter.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: false,
  treeShaking: true,
  legalComments: 'none',
  logLevel: 'warning'
}

/** What the action's ESM bundles share. */
const esmBundle = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  treeShaking: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);" }
}

export const buildOptions = {
  ...esmBundle,
  entryPoints: { index: 'src/index.ts' },
  // Code the run may not need (the GitHub client for pull request events) goes into chunks
  // that are imported only when needed; action.yml still runs dist/index.js.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [sideEffectFree, lazyGrayMatter, lazyCoreCrypto]
}

/**
 * The post step (removes surviving service containers) is bundled on its own: as a second entry
 * of the split build it would share chunks with index.js, and esbuild then makes index.js import
 * the GitHub client's dependencies for their side effects on every run.
 */
export const postOptions = {
  ...esmBundle,
  entryPoints: { post: 'src/post-entry.ts' },
  plugins: [sideEffectFree]
}

/**
 * The merge sub-action (merge/action.yml, `main: ../dist/merge.js`) reads audit reports only: a
 * bundle of its own, so it never parses the gate's classifier or the GitHub client.
 */
export const mergeOptions = {
  ...esmBundle,
  entryPoints: { merge: 'src/merge/index.ts' },
  plugins: [sideEffectFree]
}
