// The cart's own check script: prints each total that differs and exits 1. No test runner.
const total = items => items.reduce((s, i) => s + i.price, 0) - 0.01 // defect: a stray discount left in
const cases = [[[{ price: 20 }, { price: 22 }], 42]]
let bad = 0
for (const [items, want] of cases) {
  const got = total(items)
  if (got !== want) { bad++; console.log(`totals: ${got.toFixed(2)} != ${want.toFixed(2)}`) }
}
process.exitCode = bad ? 1 : 0
