// The licence notices of every package dist/ bundles, as one text file beside the bundle
// (dist/licenses.txt, the file @vercel/ncc writes for actions/typescript-action). The packages
// are read from esbuild's metafiles, so a dependency that is tree-shaken away is not listed and
// one that is bundled cannot be missed. Run by scripts/build.mjs; CI's dist/ check keeps it fresh.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The package directories (node_modules/<name> or node_modules/@scope/<name>) behind the bundled inputs. */
export function bundledPackages(metafiles, root = process.cwd()) {
  const dirs = new Set()
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, use] of Object.entries(output.inputs)) {
        if (use.bytesInOutput === 0) continue
        const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'))
        if (match) dirs.add(path.resolve(root, match[1]))
      }
    }
  }
  return [...dirs]
}

/** The notices file: each package's name, version, licence and the text of its licence file. */
export function licencesText(packageDirs) {
  const entries = packageDirs.map(dir => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const licence = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? (pkg.licenses ?? []).map(l => l.type).join(' OR ')
    const file = readdirSync(dir).filter(name => /^(licen[cs]e|copying)(\.|-|$)/i.test(name)).sort()[0]
    const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : `(the package ships no licence file; package.json says ${licence || 'nothing'})`
    return { name: pkg.name, version: pkg.version, licence: licence || 'UNKNOWN', text }
  })
  // One entry per name and version, in a stable order, so a rebuild gives the same bytes.
  const unique = [...new Map(entries.map(e => [`${e.name}@${e.version}`, e])).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
  const header = [
    'Third-party software bundled into this directory (dist/) by scripts/build.mjs, with the licence',
    'notices their licences require. Generated from the build itself; do not edit.',
    ''
  ]
  return `${[...header, ...unique.flatMap(e => ['='.repeat(78), `${e.name} ${e.version}`, `License: ${e.licence}`, '', e.text, ''])].join('\n')}`
}
