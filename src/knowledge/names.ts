// What every run needs to know of the services before anything failed: the names people declare,
// which declared service satisfies which named one, and the remediation a decision gives. A table
// derived from definitions.ts at build time (names.generated.ts, checked by a unit test), so that
// a run loads the whole knowledge base (70 KB to parse) only when it classifies a failure or
// starts a service.
import { SERVICE_NAMES } from './names.generated.js'

export interface ServiceName {
  readonly name: string
  readonly aliases: readonly string[]
  readonly family?: 'sql'
  readonly reportsAs?: string
  readonly remediation: string
}

export { SERVICE_NAMES }

/** The family a generic SQL client names (SQLAlchemy, Knex, JDBC's DriverManager): any declared SQL database satisfies it. */
export const SQL_FAMILY = 'sql'

const byName = new Map<string, ServiceName>()
for (const s of SERVICE_NAMES) for (const alias of [s.name, ...s.aliases]) byName.set(alias.toLowerCase(), s)

/** Canonical name for a declared service, or undefined when coach-gate does not know it. */
export function canonicalService(name: string): string | undefined {
  const key = name.trim().toLowerCase()
  if (key === SQL_FAMILY) return SQL_FAMILY
  return byName.get(key)?.name
}

/**
 * Whether a declared service satisfies one the log names: the same service, MySQL and MariaDB
 * (one protocol), or any declared SQL database for the `sql` family.
 */
export function satisfies(declared: string, detected: string): boolean {
  const d = canonicalService(declared) ?? declared
  if (d === detected) return true
  if (detected === SQL_FAMILY) return d === SQL_FAMILY || byName.get(d.toLowerCase())?.family === SQL_FAMILY
  // One protocol, two names (MariaDB reports as MySQL): each satisfies the other.
  const declaredAs = byName.get(d.toLowerCase())
  const detectedAs = byName.get(detected.toLowerCase())
  return declaredAs !== undefined && detectedAs !== undefined && (declaredAs.reportsAs ?? declaredAs.name) === (detectedAs.reportsAs ?? detectedAs.name)
}

export function remediationFor(service: string): string {
  if (service === SQL_FAMILY) return 'Start the SQL database the tests connect to (the task declares which) and export its connection variables to the tests.'
  return byName.get(service.toLowerCase())?.remediation ?? `Provide ${service} to the tests.`
}
