// Structured log entry for a failed dependency.
function entry (err) {
  // The bug: level should be "error" for a refused dependency.
  return { level: 'warn', msg: err.message, code: err.code, syscall: err.syscall }
}
module.exports = { entry }
