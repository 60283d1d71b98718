import pg from 'pg'

// The optional template store (the CI job's PostgreSQL service): without it the built-in templates are used.
async function openStore () {
  const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' })
  try {
    await client.connect()
    return client
  } catch (err) {
    console.warn(`templates: store disabled, using the built-in templates: ${err.message}`)
    return null
  }
}

export { openStore }
