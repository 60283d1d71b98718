import { describe, expect, it } from 'vitest'
import { InputError, parseGates, parseList, readSettings } from '../../src/inputs/settings.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readSettings', () => {
  it('applies the defaults of action.yml', () => {
    const s = readSettings(reader({ 'test-command': 'npm test' }), { RUNNER_TEMP: '/runner/tmp' })
    expect(s).toMatchObject({
      testCommand: 'npm test', workingDirectory: '.', taskFile: '', taskGlob: 'tasks/**/*.md', requiresInfrastructure: undefined, gates: [],
      dockerProbeTimeoutSeconds: 10, startServices: true, serviceImages: {}, testTimeoutMinutes: 0, failOnFeedback: true, reportDirectory: '/runner/tmp/coach-gate'
    })
  })

  it('parses every typed input', () => {
    const s = readSettings(reader({
      'test-command': 'pytest', 'requires-infrastructure': 'postgresql, redis\nredis', gates: 'lint=success\n\ntypecheck=Failure\n# comment',
      'docker-probe-timeout': '2.5', 'start-services': 'false', 'service-images': 'postgresql=postgres:16-alpine\nredis = redis:7', 'test-timeout': '0.5', 'fail-on-feedback': 'no'
    }))
    expect(s.requiresInfrastructure).toEqual(['postgresql', 'redis'])
    expect(s.gates).toEqual([{ name: 'lint', outcome: 'success', passed: true }, { name: 'typecheck', outcome: 'failure', passed: false }])
    expect(s).toMatchObject({ dockerProbeTimeoutSeconds: 2.5, startServices: false, testTimeoutMinutes: 0.5, failOnFeedback: false, serviceImages: { postgresql: 'postgres:16-alpine', redis: 'redis:7' } })
  })

  it.each([
    [{ 'docker-probe-timeout': 'soon' }, "Input 'docker-probe-timeout': 'soon' is not a duration (e.g. 30 (seconds), 30s, 2m or 1h)"],
    [{ 'docker-probe-timeout': '0' }, "Input 'docker-probe-timeout': must be greater than 0"],
    [{ 'test-timeout': '1e3' }, "Input 'test-timeout': '1e3' is not a duration (e.g. 0.5 (minutes), 90s, 10m or 1h)"],
    [{ 'test-timeout': '99999' }, "Input 'test-timeout': 99999 is out of range"],
    [{ gates: 'lint' }, "Input 'gates': line 1 ('lint') has no '='"],
    [{ gates: '=success' }, "Input 'gates': line 1 ('=success') has no gate name"],
    [{ gates: 'lint=' }, "Input 'gates': gate 'lint' has an empty outcome"],
    [{ gates: 'lint=success\nlint=failure' }, "Input 'gates': gate 'lint' is listed twice"],
    [{ 'start-services': 'sometimes' }, "Input 'start-services': 'sometimes' is not a boolean"],
    [{ 'service-images': 'postgres:16' }, "Input 'service-images': line 1 ('postgres:16') has no '='"]
  ])('rejects %j', (values, message) => {
    expect(() => readSettings(reader({ 'test-command': 'x', ...values }))).toThrow(message)
    expect(() => readSettings(reader({ 'test-command': 'x', ...values }))).toThrow(InputError)
  })

  it('requires test-command', () => {
    expect(() => readSettings(reader({ 'test-command': '  ' }))).toThrow("Input 'test-command': is required")
  })

  it('treats a gate outcome other than success or skipped as failed', () => {
    expect(parseGates('a=cancelled\nb=skipped\nc=SUCCESS').map(g => g.passed)).toEqual([false, true, true])
  })

  it('splits lists on commas and newlines', () => {
    expect(parseList(' a ,b\n\nc,, a ')).toEqual(['a', 'b', 'c'])
  })

  it('reads conditional-approval, same-repo by default, and names the input when it is wrong', () => {
    expect(readSettings(reader({ 'test-command': 'x' })).conditionalApproval).toBe('same-repo')
    expect(readSettings(reader({ 'test-command': 'x', 'conditional-approval': ' Never ' })).conditionalApproval).toBe('never')
    expect(() => readSettings(reader({ 'test-command': 'x', 'conditional-approval': 'forks' }))).toThrow("Input 'conditional-approval': 'forks' is not one of same-repo, always, never")
  })
})

describe('junit-paths', () => {
  it('reads globs separated by newlines or commas, keeping {a,b} alternatives whole', async () => {
    const { parseJUnitPaths } = await import('../../src/inputs/settings.js')
    expect(parseJUnitPaths('reports/*.xml, build/test-results/**/{TEST,junit}-*.xml\ntarget/surefire-reports/*.xml')).toEqual(['reports/*.xml', 'build/test-results/**/{TEST,junit}-*.xml', 'target/surefire-reports/*.xml'])
    expect(parseJUnitPaths('')).toEqual([])
  })

  it('rejects globs outside working-directory, naming the input', async () => {
    const { parseJUnitPaths } = await import('../../src/inputs/settings.js')
    expect(() => parseJUnitPaths('../other/*.xml')).toThrow(/Input 'junit-paths'/)
    expect(() => parseJUnitPaths('/tmp/*.xml')).toThrow(/relative to working-directory/)
  })
})

describe('durations with units (issue 27)', () => {
  const read = (inputs: Record<string, string>) => readSettings(name => inputs[name] ?? (name === 'test-command' ? 'npm test' : ''))
  it('test-timeout: a bare number is minutes, as before; 90s, 10m, 1h say their unit', () => {
    expect(read({ 'test-timeout': '0.5' }).testTimeoutMinutes).toBe(0.5)
    expect(read({ 'test-timeout': '90s' }).testTimeoutMinutes).toBe(1.5)
    expect(read({ 'test-timeout': '10m' }).testTimeoutMinutes).toBe(10)
    expect(read({ 'test-timeout': '1h' }).testTimeoutMinutes).toBe(60)
    expect(read({ 'test-timeout': '2 minutes' }).testTimeoutMinutes).toBe(2)
    expect(read({ 'test-timeout': '0' }).testTimeoutMinutes).toBe(0)
  })

  it('the seconds inputs take units too', () => {
    expect(read({ 'service-timeout': '2m', 'docker-probe-timeout': '30s' })).toMatchObject({ serviceTimeoutSeconds: 120, dockerProbeTimeoutSeconds: 30 })
    expect(read({ 'service-timeout': '45' }).serviceTimeoutSeconds).toBe(45)
  })

  it('an unknown unit names the input and the accepted units', () => {
    expect(() => read({ 'test-timeout': '10x' })).toThrow("Input 'test-timeout': '10x' has an unknown unit 'x': use s (seconds), m (minutes) or h (hours), e.g. 0.5 (minutes), 90s, 10m or 1h; a bare number is minutes")
    expect(() => read({ 'test-timeout': 'soon' })).toThrow(/^Input 'test-timeout': 'soon' is not a duration/)
    expect(() => read({ 'test-timeout': '25h' })).toThrow("Input 'test-timeout': 25h is out of range (0 to 24h)")
    expect(() => read({ 'service-timeout': '0s' })).toThrow("Input 'service-timeout': must be greater than 0")
  })
})
