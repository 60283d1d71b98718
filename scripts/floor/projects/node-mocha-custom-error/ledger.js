// A ledger whose balances are mirrored to redis (127.0.0.1:6379) when it is there.
const net = require('node:net')

class Overdraft extends Error {
  constructor (message) {
    super(message)
    this.name = 'Overdraft'
  }
}

function mirror () {
  return new Promise(resolve => {
    const socket = net.connect(6379, '127.0.0.1', () => { socket.end(); resolve(true) })
    socket.on('error', err => {
      console.warn('balance mirror unavailable:', err.message)
      resolve(false)
    })
  })
}

async function withdraw (balance, amount) {
  await mirror()
  // The defect: `>=` instead of `>`, so withdrawing the whole balance is refused.
  if (amount >= balance) throw new Overdraft(`balance ${balance}, withdrawal ${amount}`)
  return balance - amount
}

module.exports = { withdraw, Overdraft }
