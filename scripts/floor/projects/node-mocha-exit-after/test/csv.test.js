const assert = require('node:assert')
const net = require('node:net')

// The bug: quoted commas split the field.
const fields = line => line.split(',')

describe('csv', () => {
  after(done => {
    // flush the import log to the queue before exiting
    const s = net.connect(5672, '127.0.0.1', () => { s.end(); done() })
    s.on('error', () => {
      console.error('could not flush the import log: queue refused the connection')
      process.exit(1)
    })
  })
  it('splits plain fields', () => assert.deepStrictEqual(fields('a,b'), ['a', 'b']))
  it('keeps quoted commas', () => assert.deepStrictEqual(fields('"a,b",c'), ['"a,b"', 'c']))
})
