// dist/licenses.txt: built from esbuild's metafile, one entry per bundled package with its notice.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../harness/action.js'
// @ts-expect-error: a plain .mjs build script without types
import { bundledPackages, licencesText } from '../../scripts/licences.mjs'

function fakePackage(root: string, name: string, version: string, licence: string, file?: [string, string]): string {
  const dir = path.join(root, 'node_modules', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version, license: licence }))
  if (file) writeFileSync(path.join(dir, file[0]), file[1])
  return dir
}

describe('third-party licences', () => {
  it('lists the packages whose code reached an output, not those tree-shaken away', () => {
    const metafile = {
      outputs: {
        'dist/index.js': {
          inputs: {
            'src/main.ts': { bytesInOutput: 10 },
            'node_modules/@actions/exec/lib/exec.js': { bytesInOutput: 300 },
            'node_modules/gray-matter/node_modules/kind-of/index.js': { bytesInOutput: 20 },
            'node_modules/unused/index.js': { bytesInOutput: 0 }
          }
        }
      }
    }
    expect(bundledPackages([metafile], '/r')).toEqual(['/r/node_modules/@actions/exec', '/r/node_modules/gray-matter/node_modules/kind-of'])
  })

  it('writes each package once, sorted, with its licence text, and says when a package ships none', () => {
    const root = tempDir()
    const b = fakePackage(root, 'b-lib', '2.0.0', 'ISC', ['LICENSE', 'ISC licence text\r\n'])
    const a = fakePackage(root, '@scope/a', '1.0.0', 'MIT', ['LICENSE.md', 'Permission is hereby granted'])
    const bare = fakePackage(root, 'bare', '0.1.0', 'MIT')
    const text: string = licencesText([b, a, bare, b])
    expect(text.match(/^(\S+) (\d\S*)$/gm)).toEqual(['@scope/a 1.0.0', 'b-lib 2.0.0', 'bare 0.1.0'])
    expect(text).toContain('@scope/a 1.0.0\nLicense: MIT\n\nPermission is hereby granted\n')
    expect(text).toContain('b-lib 2.0.0\nLicense: ISC\n\nISC licence text\n')
    expect(text).toContain('(the package ships no licence file; package.json says MIT)')
  })
})
