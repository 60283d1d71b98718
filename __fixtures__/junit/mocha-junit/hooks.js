// Hands each test's console output to mocha-junit-reporter (its `outputs` option reads
// test.consoleOutputs / test.consoleErrors), the way the reporter's README suggests.
const log = console.log
const error = console.error
exports.mochaHooks = {
  beforeEach() {
    const test = this.currentTest
    test.consoleOutputs = []
    test.consoleErrors = []
    console.log = (...args) => { test.consoleOutputs.push(args.join(' ')); log(...args) }
    console.error = (...args) => { test.consoleErrors.push(args.join(' ')); error(...args) }
  },
  afterEach() {
    console.log = log
    console.error = error
  }
}
