import pg from 'pg'

const db = () => new pg.Client({ host: '127.0.0.1', port: 5432, user: 'shop', database: 'shop' })

/** Stores an order; the orders table lives in PostgreSQL. */
export async function saveOrder(order) {
  const client = db()
  await client.connect()
  try { await client.query('insert into orders(sku, qty) values ($1, $2)', [order.sku, order.qty]) } finally { await client.end() }
}

/** Best-effort audit trail: a failure is logged and the caller goes on. */
async function audit(event) {
  const client = db()
  try {
    await client.connect()
    await client.query('insert into audit(event) values ($1)', [event])
    await client.end()
  } catch (err) {
    console.error('audit write failed:', err)
  }
}

/** Reserves qty units of an item that has `stock` left; rejects with a plain object, as the API layer expects. */
export async function reserve(stock, qty) {
  await audit(`reserve ${qty}`)
  // defect: the check is inverted, so an order that fits is refused
  if (qty <= stock) throw { code: 'OUT_OF_STOCK', stock, qty }
  return { reserved: qty, left: stock - qty }
}
