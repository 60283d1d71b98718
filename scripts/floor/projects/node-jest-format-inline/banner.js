// One line for the CLI when the database cannot be reached.
function banner (err) {
  // The bug: the host and port are swapped in the template.
  return `could not connect to server: Connection refused\n\tIs the server running on host "${err.port}" and accepting TCP/IP connections on port ${err.host}?`
}
module.exports = { banner }
