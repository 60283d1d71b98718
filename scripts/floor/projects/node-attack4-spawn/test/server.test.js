// The suite starts its own redis-server (installed on the runner) in a data folder under tmp/.
const { spawn } = require('node:child_process')
const net = require('node:net')
const path = require('node:path')

const DATA = path.join(__dirname, '..', 'tmp', 'redis-data')

describe('session store', () => {
  let server
  before(function (done) {
    // The defect: tmp/redis-data is never created (the mkdir was dropped), so the spawn fails:
    // Node reports a missing cwd as `spawn redis-server ENOENT`.
    server = spawn('redis-server', ['--port', '47311', '--save', ''], { cwd: DATA })
    server.on('error', done)
    server.on('spawn', () => setTimeout(done, 300))
  })
  after(() => server && server.kill())
  it('stores a session', done => {
    const s = net.connect(47311, '127.0.0.1', () => { s.end(); done() })
    s.on('error', done)
  })
})

describe('cache', () => {
  it('answers on 6379', done => {
    const s = net.connect(6379, '127.0.0.1', () => { s.end(); done() })
    s.on('error', done)
  })
})
