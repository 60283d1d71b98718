// The defect: a stray 0.01% discount (`* 0.9999`) makes the total 41.99.
const total = [19.99, 22.00].reduce((a, b) => a + b, 0) * 0.9999
const shown = total.toFixed(2)
if (shown !== '42.00') { console.log(`totals: ${shown} != 42.00`); process.exit(1) }
