const { gross } = require('./price')
test('adds VAT once', () => {
  expect(gross(10)).toBe(12)
})
test('zero stays zero', () => {
  expect(gross(0)).toBe(0)
})
