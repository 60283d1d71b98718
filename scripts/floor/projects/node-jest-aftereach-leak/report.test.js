const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const { writeReport } = require('./report')

afterEach(() => {
  expect(writeReport.open.size).toBe(0)
})

test('loads rows from mysql', () => new Promise((resolve, reject) => {
  const s = net.connect(3306, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', reject)
}))

test('writes a report line', () => {
  writeReport(path.join(os.tmpdir(), 'floor-report.txt'), 'total=42')
})
