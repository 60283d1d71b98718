// Retries an operation; after the last attempt it rethrows the error it got.
async function retry (op, attempts) {
  let last
  for (let i = 0; i < attempts; i++) {
    try { return await op() } catch (err) { last = err }
  }
  // The bug: wraps instead of rethrowing, so callers lose the original message.
  throw new Error(`gave up after ${attempts} attempts`, { cause: last })
}
module.exports = { retry }
