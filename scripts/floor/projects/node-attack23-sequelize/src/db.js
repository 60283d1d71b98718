const { Sequelize, DataTypes } = require('sequelize')
const sequelize = new Sequelize('postgres://app:app@127.0.0.1:5432/app', { logging: false })
const Order = sequelize.define('Order', { total: DataTypes.DECIMAL })
module.exports = { sequelize, Order }
