const test = require('node:test')
const assert = require('node:assert')
const net = require('node:net')

// The bug: the title case keeps the rest of the word upper case.
const title = s => s[0].toUpperCase() + s.slice(1)

test('title-cases a word', () => {
  assert.strictEqual(title('hELLO'), 'Hello')
})

test('saves to redis', (t, done) => {
  const s = net.connect(6379, '127.0.0.1', () => { s.end(); done() })
  s.on('error', err => {
    console.error('redis:', err.message)
    process.exit(1)
  })
})
