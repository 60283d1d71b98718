// API tests only: no browser is launched.
module.exports = { testDir: './tests', workers: 1, reporter: 'list', globalTeardown: './global-teardown.js' }
