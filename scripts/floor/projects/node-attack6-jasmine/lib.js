const net = require('node:net')

// Opens and closes a connection to the session store (redis, 127.0.0.1:6379).
function ping(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve() })
    s.on('error', reject)
  })
}

// Reserves stock. The defect: the comparison is inverted (qty > 5 for qty <= 5), so an order the plan
// allows is rejected, and with a bare status object instead of an Error.
function reserve(qty) { return qty > 5 ? Promise.resolve(qty) : Promise.reject({ status: 'over plan', qty }) }

module.exports = { ping, reserve }

// Labels a shipment. The defect: throws its message as a bare string (no Error) for a country code
// it should accept (the check reads the upper-cased list with a lower-case code).
function label(country) {
  if (!['DE', 'FR'].includes(country)) throw `unsupported country ${country}`
  return `ship to ${country}`
}

// A pool of clients for the reports. The defect: release() is never called by report(), so close()
// finds a client still checked out and throws a bare string.
const pool = {
  out: 0,
  acquire() { this.out++; return {} },
  close() { if (this.out > 0) throw `pool still has ${this.out} client checked out` }
}
function report() { pool.acquire(); return 'ok' }

module.exports.label = label
module.exports.pool = pool
module.exports.report = report
