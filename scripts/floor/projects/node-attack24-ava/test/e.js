const test = require('ava')
const net = require('net')
function connect(port){return new Promise((res,rej)=>{const s=net.connect(port,'127.0.0.1');s.on('connect',()=>{s.end();res(s)});s.on('error',rej)})}
// Prices are cached in redis when it answers; the total is computed either way.
function total(items){ return items.reduce((s,i)=>s+i.price*i.qty,1) } // BUG: starts at 1
async function cachedTotal(items){
  try { await connect(6379) } catch (err) { console.error(`price cache off: ${err.message}`) }
  return total(items)
}
test('cachedTotal sums the cart', async t => { t.is(await cachedTotal([{price:2,qty:3}]), 6) })
