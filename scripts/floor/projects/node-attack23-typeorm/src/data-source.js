require('reflect-metadata')
const { DataSource, EntitySchema } = require('typeorm')

const Order = new EntitySchema({
  name: 'Order', tableName: 'orders',
  columns: { id: { type: Number, primary: true, generated: true }, total: { type: 'numeric' } }
})

const AppDataSource = new DataSource({
  type: 'postgres', host: '127.0.0.1', port: 5432, username: 'app', password: 'app', database: 'app',
  entities: [Order]
})

module.exports = { AppDataSource, Order }
