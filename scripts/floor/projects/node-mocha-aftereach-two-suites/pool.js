// A connection pool whose release() does not return the connection. (The bug.)
class Pool {
  constructor () { this.active = 0 }
  acquire () { this.active++; return { id: this.active } }
  release (_conn) { /* should be: this.active-- */ }
}
module.exports = { Pool }
