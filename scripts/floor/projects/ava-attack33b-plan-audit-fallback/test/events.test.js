import test from 'ava'
import { place, EventEmitter } from '../src/events.js'

test('announces every line', t => {
  t.plan(2)
  const bus = new EventEmitter()
  bus.on('line', line => t.truthy(line.sku))
  place(bus, { id: 7, lines: [{ sku: 'apple' }, { sku: 'pear' }] })
})
