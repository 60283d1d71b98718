// Needs PostgreSQL on 127.0.0.1:5432 (the CI job's service).
module.exports = {
  testMatch: ['<rootDir>/test/integration/**/*.test.js']
}
