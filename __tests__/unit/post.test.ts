import { beforeEach, describe, expect, it, vi } from 'vitest'

// Stand-ins for the toolkit and the Docker CLI, so the test sees whether anything ran.
const core = vi.hoisted(() => ({ getState: vi.fn((_name: string) => ''), info: vi.fn(), warning: vi.fn() }))
const docker = vi.hoisted(() => vi.fn())
vi.mock('@actions/core', () => core)
vi.mock('../../src/services/docker-cli.js', () => ({ docker, failureReason: () => 'reason' }))

describe('post step module', () => {
  beforeEach(() => { vi.clearAllMocks() })

  it('runs nothing when imported', async () => {
    const module = await import('../../src/services/post.js')
    expect(typeof module.post).toBe('function')
    expect(core.getState).not.toHaveBeenCalled()
    expect(core.info).not.toHaveBeenCalled()
    expect(docker).not.toHaveBeenCalled()
  })

  it('does its work when post() is called', async () => {
    const { post } = await import('../../src/services/post.js')
    await post()
    expect(core.getState).toHaveBeenCalledWith('run')
    expect(core.info).toHaveBeenCalledWith('coach-gate post: no service containers were started by this step')
    expect(docker).not.toHaveBeenCalled()
  })
})
