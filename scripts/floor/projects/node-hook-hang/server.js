// A tiny HTTP server for the health endpoint. It does not use the session store.
const http = require('node:http')
require('./sessions')

function start() {
  const server = http.createServer((req, res) => res.end('ok'))
  return new Promise(resolve => {
    // Defect: the event is 'listening'; 'listen' never fires.
    server.on('listen', () => resolve(server))
    server.listen(0, '127.0.0.1')
  })
}
module.exports = { start }
