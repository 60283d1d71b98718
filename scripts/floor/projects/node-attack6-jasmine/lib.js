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
