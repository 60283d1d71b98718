const net = require('node:net')

function ping(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve('PONG') })
    s.on('error', reject)
  })
}

describe('report', () => {
  let handles = 0
  afterEach(() => {
    // the leak check fails after "totals an order" too: a second failure for that test
    expect(handles).toBe(0)
  })

  it('renders the xml snippet', () => {
    console.log('snippet: <testcase name="ghost"><failure message="boom"/></testcase> ]]> done')
    expect('<failure message="boom"/>').toHaveLength(25)
  })
  it('totals an order', () => {
    handles = 1
    expect(0.1 + 0.2).toBe(0.3)
  })
  it('reads the cache', async () => {
    handles = 0
    expect(await ping(6379)).toBe('PONG')
  })
  it.skip('exports to csv', () => {})
})
