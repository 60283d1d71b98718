// Runs inside an action run's own network namespace: accepts TCP on 127.0.0.1:<port> there and
// passes each connection to the API stand-in's Unix socket outside. Exits with its parent (the
// action), and writes <ready> once it listens.
//
//   node netns-bridge.mjs <socket> <port> <ready>
import { writeFileSync } from 'node:fs'
import { setInterval, clearInterval } from 'node:timers'
import net from 'node:net'

const [socketPath, port, ready] = process.argv.slice(2)
const server = net.createServer(client => {
  const upstream = net.connect(socketPath)
  client.pipe(upstream).pipe(client)
  client.on('error', () => upstream.destroy())
  upstream.on('error', () => client.destroy())
})
server.listen(Number(port), '127.0.0.1', () => writeFileSync(ready, 'listening\n'))
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) process.exit(0)
}, 200).unref()
server.unref()
// Keep running while the parent lives (the interval above is unref'd so it alone cannot).
const keepAlive = setInterval(() => undefined, 1 << 30)
process.on('exit', () => clearInterval(keepAlive))
