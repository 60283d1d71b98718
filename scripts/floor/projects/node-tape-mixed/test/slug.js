const test = require('tape')
// The bug: trailing dashes are kept.
const slug = s => s.toLowerCase().replace(/[^a-z0-9]+/g, '-')
test('slug', t => {
  t.equal(slug('Hello, World!'), 'hello-world')
  t.end()
})
