import { EventEmitter } from 'node:events'

// place(bus, order) announces every line of an order, then the order itself.
function place (bus, order) {
  // DEFECT: `i < order.lines.length` was meant; the last line is never announced.
  for (let i = 0; i < order.lines.length - 1; i++) bus.emit('line', order.lines[i])
  bus.emit('order-placed', order)
}

export { place, EventEmitter }
