const test = require('ava')
const net = require('net')
function add(a,b){return a-b} // BUG
test('sum', t => { t.is(add(2,3), 5) })
test('redis ping', async t => {
  const s = net.connect(6379, '127.0.0.1') // no error handler: crash
  await new Promise(r => setTimeout(r, 500))
  t.pass()
})
test('later', async t => { await new Promise(r => setTimeout(r, 1000)); t.pass() })
