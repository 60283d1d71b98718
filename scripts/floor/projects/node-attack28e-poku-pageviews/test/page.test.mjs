import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import page from '../src/page.js'
import format from '../src/format.js'
import views from '../src/views.js'

const MYSQL = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
  database: process.env.MYSQL_DATABASE ?? 'test'
}

const loadProduct = async name => JSON.parse(await readFile(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'))

describe('Product page', async () => {
  const counter = new views.ViewCounter(MYSQL)

  await it('shows the product name', async () => {
    const product = await loadProduct('scarf')
    assert.match(page.renderProduct(product, counter), /<h1>Red Scarf<\/h1>/)
  })

  await it('formats the price in euros', async () => {
    const product = await loadProduct('scarf')
    assert.equal(format.formatPrice(product.priceCents), '€12.50')
  })

  await counter.pool.end()
})
