// The built action on a runner whose Docker runs Windows containers only (GitHub's Windows
// runners): `docker info` answers, but no Linux service image can run there. A fake docker CLI
// plays that daemon and records every call.
import { describe, expect, it } from 'vitest'
import { exampleFiles, runAction, tempDir } from '../harness/action.js'
import { installFakeDocker } from '../harness/fake-docker.js'

const TASK = { 'test-command': 'node --test', 'task-file': 'tasks/add-user-store.md' }

describe('Docker that cannot run Linux images', () => {
  it('PostgreSQL declared, the connection refused: no docker run, conditional approval, the daemon reported truthfully', async () => {
    const docker = installFakeDocker(tempDir('coach-gate-fake-docker-'))
    const run = await runAction({ inputs: TASK, files: exampleFiles('needs-postgres'), env: { PATH: docker.path } })
    // The gate asked the daemon once, and then tried nothing: no pull, no run, no inspect.
    expect(docker.calls().map(args => args[0])).toEqual(['info'])
    expect(run.stdout).toMatch(/ECONNREFUSED 127\.0\.0\.1:5432/)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'approve', 'approved-without-independent-tests': 'true', 'tests-passed': 'false', classification: 'infrastructure', confidence: 'high',
      service: 'postgresql', 'docker-available': 'true', services: '[]', summary: 'APPROVED (infra-dependent, independent tests skipped)'
    })
    expect(run.summary.split('\n')[0]).toBe('## ⚠️ APPROVED (infra-dependent, independent tests skipped)')
    expect(run.summary).toContain('available, but cannot run the Linux service images: the daemon runs windows containers (server 27.5.1, windows/x86\\_64, Microsoft Windows Server Version 24H2')
    expect(run.summary).toContain('cannot run the Linux images of postgresql (postgres:16-alpine)')
    expect(run.report).toMatchObject({
      docker_available: true,
      approved_without_independent_tests: true,
      docker: { state: 'available', os_type: 'windows', can_run_linux_images: false, can_provide_services: false, services_reason: expect.stringMatching(/as if Docker were unavailable/) },
      services: { mode: 'docker-unavailable', started: [], failures: [] }
    })
    expect(run.stdout).toContain('coach-gate: Docker available, but it runs windows containers, not Linux ones')
  })

  it('service-images naming a Windows image: the gate does try to start it there, and reports what the daemon said', async () => {
    const docker = installFakeDocker(tempDir('coach-gate-fake-docker-'))
    const run = await runAction({ inputs: { ...TASK, 'service-images': 'postgresql=stellirin/postgres-windows:12' }, files: exampleFiles('needs-postgres'), env: { PATH: docker.path } })
    const commands = docker.calls().map(args => args.slice(0, 2).join(' '))
    expect(commands).toEqual(['info --format', 'image inspect', 'pull --quiet'])
    expect(docker.calls()[2]).toEqual(['pull', '--quiet', 'stellirin/postgres-windows:12'])
    // The fake's registry has no such image: the service could not be provided, nothing excused.
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'infrastructure', 'docker-available': 'true', 'exit-code': '' })
    expect(run.report).toMatchObject({ docker: { os_type: 'windows', can_run_linux_images: false, can_provide_services: true }, services: { mode: 'started', failures: [{ service: 'postgresql', stage: 'pull' }] } })
    expect(run.summary).toContain('names Windows images for every service to start (stellirin/postgres-windows:12)')
  })

  it('a Linux daemon is asked the same question and still provides the services (the fake cannot pull, so feedback)', async () => {
    const docker = installFakeDocker(tempDir('coach-gate-fake-docker-'), { ServerVersion: '28.0.4', OSType: 'linux', Architecture: 'x86_64', OperatingSystem: 'Ubuntu 24.04.2 LTS' })
    const run = await runAction({ inputs: TASK, files: exampleFiles('needs-postgres'), env: { PATH: docker.path } })
    expect(docker.calls().map(args => args[0])).toEqual(['info', 'image', 'pull'])
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'docker-available': 'true' })
    expect(run.report).toMatchObject({ docker: { os_type: 'linux', can_run_linux_images: true, can_provide_services: true } })
    expect(run.report?.docker.services_reason).toBeUndefined()
  })
})
