const { AppDataSource, Order } = require('./data-source')
async function totalOf(id) {
  const row = await AppDataSource.getRepository(Order).findOneBy({ id })
  return Number(row.total)
}
module.exports = { totalOf }
