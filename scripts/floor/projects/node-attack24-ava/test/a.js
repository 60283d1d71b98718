const test = require('ava')
const net = require('net')
function connect(port){return new Promise((res,rej)=>{const s=net.connect(port,'127.0.0.1');s.on('connect',()=>{s.end();res()});s.on('error',rej)})}
function add(a,b){return a-b} // BUG: swapped operand
test('cache', async t => { await connect(6379); t.pass() })
test('cache add', t => { t.is(add(2,3), 5) })
