const net = require('node:net')
const s = net.connect(6379, '127.0.0.1', () => { s.end(); console.log('cache ok') })
s.on('error', err => { console.error('cache:', err.message); process.exitCode = 1 })
