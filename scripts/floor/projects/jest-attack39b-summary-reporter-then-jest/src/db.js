const { Client } = require('pg')

// The orders database (the CI job's PostgreSQL service).
function connect () {
  return new Client({ host: 'localhost', port: 5432, user: 'postgres', database: 'postgres' })
}

async function ping () {
  const client = connect()
  await client.connect()
  try {
    const { rows } = await client.query('select 1 as ok')
    return rows[0].ok
  } finally {
    await client.end()
  }
}

module.exports = { connect, ping }
