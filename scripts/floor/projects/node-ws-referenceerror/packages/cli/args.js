function parseArgs (argv) {
  const out = {}
  for (let i = 0; i < argv.length; i += 2) out[argv[i].slice(2)] = Number(argv[i + 1])
  // The bug: a renamed variable.
  return opts
}
module.exports = { parseArgs }
