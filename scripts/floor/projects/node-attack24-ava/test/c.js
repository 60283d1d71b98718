const test = require('ava')
const net = require('net')
function connect(port){return new Promise((res,rej)=>{const s=net.connect(port,'127.0.0.1');s.on('connect',()=>{s.end();res()});s.on('error',rej)})}
function total(items){ return items.reduce((s,i)=>s+i.price,0) }
test('cache connects', async t => { await connect(6379); t.pass() })
test('totals async', async t => { await null; t.is(total(undefined), 3) })
test('totals sync', t => { t.is(total(null), 3) })
test('assert', t => { t.true(total([{price:1}]) === 2) })
