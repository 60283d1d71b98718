'use strict'
const { Client } = require('pg')
async function countOrders () {
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', password: 'postgres', database: 'shop' })
  await client.connect()
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM orders')
    return rows[0].n
  } finally {
    await client.end()
  }
}
module.exports = { countOrders }
