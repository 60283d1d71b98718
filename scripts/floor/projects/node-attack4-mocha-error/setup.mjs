// Loaded with --require: warms the cache (optional: redis at 127.0.0.1:6379), then checks the price fixtures.
import net from 'node:net'

class FixtureMismatch extends Error {
  constructor (message) { super(message); this.name = 'FixtureMismatch' }
}

await new Promise(resolve => {
  const s = net.connect(6379, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', err => { console.error('cache warm-up skipped:', err.message); resolve() })
})

const prices = { A1: 100, B2: 250 }
// The defect: the fixture check looks for the wrong key (B3 for B2), so loading the setup throws.
if (!('B3' in prices)) throw new FixtureMismatch('price fixtures lack B3')
