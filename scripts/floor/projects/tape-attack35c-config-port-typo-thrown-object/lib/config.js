// Reads the service's settings from an environment-like object. Validation errors are plain
// objects ({ code, value }) that the CLI prints as they are.
function parsePort(value) {
  const n = parseInt(value, 10);
  if (!(n > 0 && n < 65536)) throw { code: 'EBADPORT', value };
  return n;
}

exports.parseConfig = function (env) {
  return {
    host: env.HOST || 'localhost',
    port: parsePort(env.PROT), // defect: typo for env.PORT
  };
};
