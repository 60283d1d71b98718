import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import pg from 'pg'
import { Products } from '../../src/products.js'

const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'postgres'
}

describe('Products', async () => {
  await it('finds a product by its slug', async () => {
    const db = new pg.Client(PG)
    await db.connect()
    try {
      const products = new Products(db)
      await products.migrate()
      const slug = await products.add('Red Wool Scarf')
      assert.equal(await products.title(slug), 'Red Wool Scarf')
    } finally {
      await db.end()
    }
  })
})
