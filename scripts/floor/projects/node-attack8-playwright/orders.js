// Orders, read from PostgreSQL, and their nightly export.
const { Client } = require('pg')

async function loadOrders () {
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'shop', database: 'shop' })
  await client.connect()
  try {
    return (await client.query('SELECT id, total FROM orders')).rows
  } finally {
    await client.end()
  }
}

const exporter = { lastExport: undefined }

function exportOrders (orders) {
  // BUG: records the export under the wrong key; lastExport stays undefined.
  exporter.last_export = { count: orders.length }
  return orders.map(o => `${o.id};${o.total}`).join('\n')
}

module.exports = { loadOrders, exportOrders, exporter }
