'use strict'
const { test } = require('node:test')
const assert = require('node:assert/strict')
const net = require('node:net')
const { probe } = require('../src/probe')

test('reports a listening port as up', async () => {
  const server = net.createServer(s => s.end())
  await new Promise(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  assert.deepEqual(await probe('127.0.0.1', port, { timeoutMs: 500 }), { up: true })
  server.close()
})

test('reports a closed port as refused', async () => {
  const server = net.createServer()
  await new Promise(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  await new Promise(r => server.close(r))
  assert.deepEqual(await probe('127.0.0.1', port, { timeoutMs: 500 }), { up: false, reason: 'refused' })
})

test('gives up on a host that does not answer within timeoutMs', async () => {
  // 10.255.255.1 drops every packet: only the probe's own timer can end the wait.
  const started = Date.now()
  assert.deepEqual(await probe('10.255.255.1', 5432, { timeoutMs: 300 }), { up: false, reason: 'timeout' })
  assert.ok(Date.now() - started < 2000)
})
