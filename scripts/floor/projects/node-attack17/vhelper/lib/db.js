import pg from 'pg'

const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })
let client

export async function open() {
  client = await pool.connect()
  await client.query('set search_path to shop')
  return client
}

export async function close() {
  client?.release()
  await pool.end()
}
