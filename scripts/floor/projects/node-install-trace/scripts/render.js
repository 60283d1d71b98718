const items = [{ name: 'tea', price: 3 }, { name: 'cake' }]
// The bug: an item without a price crashes the page.
for (const item of items) console.log(`${item.name.padEnd(6)} ${item.price.toFixed(2)}`)
