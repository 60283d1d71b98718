const assert = require('node:assert')
const net = require('node:net')
const { slug } = require('../slug')

describe('slug', () => {
  it('lowercases', () => assert.strictEqual(slug('Hello'), 'hello'))
  it('joins words with dashes', () => assert.strictEqual(slug('New Blog Post'), 'new-blog-post'))
})

describe('search index', () => {
  before(done => {
    const s = net.connect(9200, '127.0.0.1', () => { s.end(); done() })
    s.once('error', err => {
      console.log('elasticsearch unreachable (%s), giving up', err.code)
      process.exit(1)
    })
  })
  it('indexes a post', () => {})
})
