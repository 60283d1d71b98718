const { Client } = require('pg')

async function ping() {
  const client = new Client({ connectionString: process.env.DATABASE_URL || 'postgres://app@127.0.0.1:5432/app' })
  await client.connect()
  try {
    await client.query('SELECT 1')
  } finally {
    await client.end()
  }
}

module.exports = { ping }
