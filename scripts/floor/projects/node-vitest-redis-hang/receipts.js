// Receipts: prices read through the cache (the list price when it is down), formatted with their currency.
import { makeCache } from './prices.js'
export { makeCache }

const LIST = { apple: 3, pear: 4 }
const CURRENCIES = { EUR: '€' }

async function price(cache, name) {
  try {
    return Number(await cache.get(`price:${name}`))
  } catch {
    return LIST[name]
  }
}

export async function receipt(cache, names, currency) {
  const got = {}
  for (const n of names) got[n] = await price(cache, n)
  return new Promise(resolve => {
    // Every line is formatted on the next tick; the receipt resolves once they all are.
    process.nextTick(() => {
      try {
        // Defect: CURRENCIES maps a code to its symbol itself, not to an object with a `symbol`.
        resolve(names.map(n => `${n} ${CURRENCIES[currency].symbol.trim()}${got[n]}`))
      } catch (e) {
        console.error('receipt formatting failed:', e)
      }
    })
  })
}
