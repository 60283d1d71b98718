// Smoke test: the API's database must be reachable where the config says. (The config says ::1,
// the loopback of the wrong family for this deployment.)
const net = require('node:net')
const config = { host: '::1', port: 5432 }
const s = net.connect(config, () => { s.end(); console.log('db reachable') })
s.on('error', err => {
  console.error('smoke test failed:', err.message)
  console.error(err)
  process.exit(1)
})
