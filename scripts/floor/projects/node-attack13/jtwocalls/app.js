const http = require('http')
function createApp () {
  return http.createServer((req, res) => { res.end('ok') })
}
module.exports = { createApp }
