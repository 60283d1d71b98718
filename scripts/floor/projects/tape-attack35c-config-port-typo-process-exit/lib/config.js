// Reads the service's settings from an environment-like object. A setting that cannot be used stops
// the service at start-up with a one-line message (the process manager restarts it once fixed).
function parsePort(value) {
  const n = parseInt(value, 10);
  if (!(n > 0 && n < 65536)) {
    console.error(`invalid port: ${value}`);
    process.exit(1);
  }
  return n;
}

exports.parseConfig = function (env) {
  return {
    host: env.HOST || 'localhost',
    port: parsePort(env.PROT), // defect: typo for env.PORT
  };
};
