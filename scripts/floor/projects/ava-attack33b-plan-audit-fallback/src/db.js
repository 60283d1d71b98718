import pg from 'pg'
const { Client } = pg

// The orders database (the CI job's PostgreSQL service).
function connect () {
  return new Client({ host: 'localhost', port: 5432, user: 'postgres', database: 'postgres' })
}

// Best-effort audit write: an order goes through even when the audit row cannot be written.
async function audit (event) {
  const client = connect()
  try {
    await client.connect()
    await client.query('create table if not exists audit (event text, at timestamptz default now())')
    await client.query('insert into audit (event) values ($1)', [event])
    return true
  } catch (err) {
    console.warn(`audit: event not written: ${err.message}`)
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

export { connect, audit }
