const { banner } = require('./banner')

test('banner for a refused postgres', () => {
  expect(banner({ host: 'localhost', port: 5432 })).toMatchInlineSnapshot(`
"could not connect to server: Connection refused
	Is the server running on host "localhost" and accepting TCP/IP connections on port 5432?"
`)
})
