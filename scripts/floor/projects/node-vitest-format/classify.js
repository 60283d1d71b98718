// Sorts connection errors for the alerting rules.
export function classify (err) {
  const kind = err.code === 'ECONNREFUSED' ? 'down' : 'unknown'
  // The bug: the port is kept as a string.
  const [host, port] = err.message.split(' ').pop().split(':')
  return { kind, host, port, text: err.message }
}
