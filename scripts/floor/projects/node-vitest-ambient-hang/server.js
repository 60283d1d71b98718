import http from 'node:http'
import './sessions.js'

export function start() {
  const server = http.createServer((req, res) => res.end('ok'))
  return new Promise(resolve => {
    // DEFECT: the event is 'listening'; 'listen' never fires, so start() never resolves.
    server.once('listen', () => resolve(server))
    server.listen(0, '127.0.0.1')
  })
}
