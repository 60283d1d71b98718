const assert = require('node:assert')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const { writeReport } = require('../report')

describe('reports', () => {
  afterEach(() => {
    assert.strictEqual(writeReport.open.size, 0, `leaked file handles: ${[...writeReport.open].join(', ')}`)
  })

  it('loads rows from postgres', () => new Promise((resolve, reject) => {
    const s = net.connect(5432, '127.0.0.1', () => { s.end(); resolve() })
    s.on('error', reject)
  }))

  it('writes a report line', () => {
    writeReport(path.join(os.tmpdir(), 'floor-report.txt'), 'total=42')
  })
})
