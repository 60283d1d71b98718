// Which declared services become containers, with which image and connection settings. The
// containers themselves are defined with each service (definitions.ts); pure functions, no Docker.
import { SERVICES, canonicalService } from '../knowledge/registry.js'
import type { Readiness } from '../knowledge/definitions.js'

export { CREDENTIALS } from '../knowledge/definitions.js'

export interface ServiceSpec {
  readonly service: string
  readonly defaultImage: string
  readonly containerPort: number
  readonly probe: Readiness
  /** Environment of the container, as the official image documents it. */
  readonly containerEnv: Readonly<Record<string, string>>
  /** Extra arguments after the image name (the container's command), if any. */
  readonly command: readonly string[]
  /** Connection variables for the tests, given where Docker published the port. */
  connection(host: string, port: number): Record<string, string>
  /** The URL for the `services` output and, with the password hidden, the summary. */
  url(host: string, port: number): string
}

/** Every service coach-gate can start, derived from the definitions that have a container. */
export const CATALOGUE: Readonly<Record<string, ServiceSpec>> = Object.fromEntries(
  SERVICES.flatMap(s => (s.container ? [[s.name, {
    service: s.name, defaultImage: s.container.image, containerPort: s.container.port, probe: s.container.readiness,
    containerEnv: s.container.env, command: s.container.command ?? [], connection: s.container.connection, url: s.container.url
  } satisfies ServiceSpec]] : []))
)

export interface PlannedService {
  readonly spec: ServiceSpec
  readonly image: string
}

export interface ServicePlan {
  /** Services to start, in declaration order. */
  readonly start: readonly PlannedService[]
  /** Declared services that will not be started, each with the reason, for the summary. */
  readonly skipped: readonly { readonly service: string; readonly reason: string }[]
  /** service-images lines that name no service coach-gate can start. */
  readonly unusedImages: readonly string[]
}

/** Which declared services become containers, with which image. */
export function planServices(declared: readonly string[], overrides: Readonly<Record<string, string>>): ServicePlan {
  const images: Record<string, string> = {}
  const unusedImages: string[] = []
  for (const [name, image] of Object.entries(overrides)) {
    const canonical = canonicalService(name)
    if (canonical !== undefined && CATALOGUE[canonical]) images[canonical] = image
    else unusedImages.push(name)
  }
  const start: PlannedService[] = []
  const skipped: { service: string; reason: string }[] = []
  for (const name of declared) {
    const canonical = canonicalService(name) ?? name
    const spec = CATALOGUE[canonical]
    if (spec) {
      if (!start.some(s => s.spec.service === canonical)) start.push({ spec, image: images[canonical] ?? spec.defaultImage })
    } else if (canonical === 'docker') {
      skipped.push({ service: name, reason: 'Docker itself is available; nothing to start' })
    } else if (canonicalService(name) === undefined) {
      skipped.push({ service: name, reason: 'unknown service: coach-gate does not know it, so it was not started' })
    } else {
      skipped.push({ service: name, reason: `coach-gate cannot start ${canonical} as a container yet (it starts ${Object.keys(CATALOGUE).join(', ')}); it was not started` })
    }
  }
  return { start, skipped, unusedImages }
}

/**
 * The variables the test process gets. DATABASE_URL belongs to PostgreSQL; when no
 * PostgreSQL was started it points at MySQL/MariaDB, the other common meaning.
 */
export function connectionEnv(started: readonly { readonly service: string; readonly host: string; readonly port: number }[]): Record<string, string> {
  const env: Record<string, string> = {}
  for (const s of started) Object.assign(env, CATALOGUE[s.service]?.connection(s.host, s.port))
  if (env.DATABASE_URL === undefined && env.MYSQL_URL !== undefined) env.DATABASE_URL = env.MYSQL_URL
  return env
}
