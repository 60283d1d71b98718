const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
// Exports rows to a temporary folder. (The bug: cleanup() forgets the folder it made.)
function exportRows (rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floor-export-'))
  fs.writeFileSync(path.join(dir, 'rows.csv'), rows.join('\n'))
  exportRows.made.push(dir)
  return dir
}
exportRows.made = []
function cleanup () { /* forgot: fs.rmSync(dir, { recursive: true }) */ }
module.exports = { exportRows, cleanup }
