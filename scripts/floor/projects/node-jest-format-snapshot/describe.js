// Describes a failed health check for the dashboard.
function describeFailure (err, service) {
  return {
    service,
    // The bug: the detail lost its prefix in a refactor.
    detail: err.message.replace(/^connect /, ''),
    hint: `is ${service} running on ${err.address}:${err.port}?`
  }
}
module.exports = { describeFailure }
