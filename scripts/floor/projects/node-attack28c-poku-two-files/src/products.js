'use strict'
const { slugify } = require('./slug')

class Products {
  constructor(db) {
    this.db = db
  }

  async migrate() {
    await this.db.query('create temp table if not exists products (slug text primary key, title text not null)')
  }

  async add(title) {
    const slug = slugify(title)
    await this.db.query('insert into products (slug, title) values ($1, $2)', [slug, title])
    return slug
  }

  async title(slug) {
    const { rows } = await this.db.query('select title from products where slug = $1', [slug])
    return rows[0]?.title
  }
}

module.exports = { Products }
