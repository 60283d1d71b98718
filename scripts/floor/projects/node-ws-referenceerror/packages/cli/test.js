const { parseArgs } = require('./args')
const opts = parseArgs(['--port', '8080'])
if (opts.port !== 8080) throw new Error('port not parsed')
console.log('cli ok')
