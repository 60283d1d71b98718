import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import mysql from 'mysql2/promise'
import sku from '../src/sku.js'

const MYSQL = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
  database: process.env.MYSQL_DATABASE ?? 'test'
}

describe('Skus', async () => {
  await it('stores a sku once', async () => {
    const db = await mysql.createConnection(MYSQL)
    try {
      await db.query('create temporary table skus (sku varchar(7) primary key)')
      await db.execute('insert into skus (sku) values (?)', [sku.parseSku('AB-12')])
      await assert.rejects(db.execute('insert into skus (sku) values (?)', [sku.parseSku('AB-12')]), { code: 'ER_DUP_ENTRY' })
    } finally {
      await db.end()
    }
  })

  await it('accepts a sku typed in lower case', () => {
    assert.equal(sku.parseSku(' ab-12 '), 'AB-12')
  })
})
