// Checks the catalogue before a release: every price is a whole, positive number of cents.
const fs = require('node:fs')

const file = process.argv[2]
const catalogue = JSON.parse(fs.readFileSync(file, 'utf8'))
for (const [sku, item] of Object.entries(catalogue)) {
  // DEFECT (in src/catalogue.json): pear's price was typed in euros (9.5), not cents (95).
  if (!Number.isInteger(item.cents) || item.cents <= 0) {
    console.error(`${file}: ${sku}: price ${item.cents} is not a whole number of cents`)
    process.exitCode = 1
  }
}
