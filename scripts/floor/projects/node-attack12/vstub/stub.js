import http from 'node:http'

// A stub of the payment provider the order tests post to.
export async function startStub () {
  const server = http.createServer((req, res) => res.end('{"ok":true}'))
  await new Promise(resolve => server.listen(0, resolve))
  // bug: the server is never returned
}
