// Turns a socket error into what the status page shows.
function formatError (err) {
  return {
    message: err.message,
    code: err.code,
    // The bug: a refused connection is worth retrying, but the check tests the wrong field.
    retryable: err.errno === 'ECONNREFUSED'
  }
}
module.exports = { formatError }
