'use strict'
const mysql = require('mysql2/promise')

/** Page-view counter; the page never waits for it. */
class ViewCounter {
  constructor(config) {
    this.pool = mysql.createPool(config)
  }

  track(productId) {
    // Fire and forget: the page must not wait for the counter.
    this.pool.execute('insert into product_views (product_id) values (?)', [productId])
  }
}

module.exports = { ViewCounter }
