// The defect: a stray discount is subtracted from the total.
const total = [20.99, 21.00].reduce((s, x) => s + x, 0) - 0.01
if (total.toFixed(2) !== '42.00') { console.log(`totals: ${total.toFixed(2)} != 42.00`); process.exit(1) }
