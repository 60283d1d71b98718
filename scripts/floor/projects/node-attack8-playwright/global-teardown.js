// Reports what the run exported.
const { exporter } = require('./orders')

module.exports = async () => {
  console.log(`exported ${exporter.lastExport.count} order(s)`)
}
