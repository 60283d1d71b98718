// Runs inside an action run's own network namespace: accepts TCP on 127.0.0.1 at each port given
// (and closes each connection at once), as a service that is there would. Exits with its parent
// (the action), and writes <ready> once every port listens.
//
//   node netns-listener.mjs <ready> <port>[,<port>...]
import { writeFileSync } from 'node:fs'
import net from 'node:net'
import { setInterval } from 'node:timers'

const [ready, ports] = process.argv.slice(2)
const list = ports.split(',').map(Number)
let listening = 0
for (const port of list) {
  const server = net.createServer(socket => socket.destroy())
  server.listen(port, '127.0.0.1', () => {
    if (++listening === list.length) writeFileSync(ready, 'listening\n')
  })
}
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) process.exit(0)
}, 200)
