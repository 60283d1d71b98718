// The Docker probe's reading of a failed `docker info` (issue 26): a daemon that is not there
// against a client that is misconfigured. The texts are the docker CLI's own.
import { describe, expect, it } from 'vitest'
import { clientMisconfiguration, describeDocker, type DockerProbe } from '../../src/services/docker-probe.js'

describe('clientMisconfiguration', () => {
  it.each([
    ['a missing context', 'Failed to initialize: unable to resolve docker endpoint: context "ghost": context not found: open /home/u/.docker/contexts/meta/ead6/meta.json: no such file or directory', /context use default/],
    ['a context named by DOCKER_CONTEXT', 'error during connect: load context "nope": context not found', /context/],
    ['an unreadable config file', 'Error loading config file: /home/u/.docker/config.json: invalid character \'b\' looking for beginning of object key string', /config\.json/],
    ['a TLS error from a host that answered', 'error during connect: Get "https://10.0.0.5:2376/v1.47/info": tls: failed to verify certificate: x509: certificate signed by unknown authority', /TLS/],
    ['a socket this user may not open', 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/info": dial unix /var/run/docker.sock: connect: permission denied', /docker group/],
    ['a DOCKER_HOST it cannot parse', 'Failed to initialize: unable to resolve docker endpoint: invalid bind address format: bogus://x', /./]
  ])('%s is a misconfiguration', (_name, output, fix) => {
    expect(clientMisconfiguration(output)).toMatch(fix)
  })

  it.each([
    ['no daemon on the socket', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'],
    ['a refused TCP daemon', 'Cannot connect to the Docker daemon at tcp://127.0.0.1:2375. Is the docker daemon running?'],
    ['a refused connection', 'error during connect: Get "http://127.0.0.1:2375/v1.47/info": dial tcp 127.0.0.1:2375: connect: connection refused'],
    ['a missing socket', 'dial unix /var/run/docker.sock: connect: no such file or directory'],
    ['nothing said', '']
  ])('%s is the daemon not being there', (_name, output) => {
    expect(clientMisconfiguration(output)).toBeUndefined()
  })

  it('the summary line says the probe failed and what to fix', () => {
    const probe: DockerProbe = { available: false, state: 'misconfigured', detail: 'docker info exited 1: context "ghost": context not found', durationMs: 5, osType: '', canRunLinuxImages: false, fix: 'run `docker context use default`' }
    expect(describeDocker(probe)).toBe('probe failed: the Docker client is misconfigured, so whether a daemon is there is unknown (docker info exited 1: context "ghost": context not found). To fix: run `docker context use default`')
  })
})
