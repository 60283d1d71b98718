// The unit suite is large: CI prints its totals only (jestjs.io/docs/configuration#reporters-arraymodulename--modulename-options).
module.exports = {
  testMatch: ['<rootDir>/test/unit/**/*.test.js'],
  reporters: ['summary']
}
