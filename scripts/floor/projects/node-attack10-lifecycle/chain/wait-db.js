// Waits for the database once, then goes on: the checks need no database.
const { Client } = require('pg')
const c = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', password: 'x', database: 'shop' })
c.connect().then(() => c.end(), err => { console.error('database not ready:', err.message); console.error('continuing with the in-memory store') })
