const net = require('net')

// A port nothing listens on: taken from the kernel and handed back.
exports.deadPort = function deadPort () {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}
