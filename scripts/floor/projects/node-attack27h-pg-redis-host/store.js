const { Client } = require('pg')
const config = require('./config')

async function saveOrder (id, total) {
  const client = new Client(config.database)
  await client.connect()
  try {
    await client.query('INSERT INTO orders (id, total) VALUES ($1, $2)', [id, total])
  } finally {
    await client.end()
  }
}

module.exports = { saveOrder }
