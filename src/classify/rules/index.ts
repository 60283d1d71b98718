// The knowledge base, assembled: the rules in the order a line is tried. A service's own words
// come from its definition (services/definitions.ts): when it is unreachable (infrastructure,
// naming it) and when it answered and rejected the client (code).
import { reportedName, SERVICES } from '../../knowledge/registry.js'
import { CODE_RULES } from './code.js'
import { CONNECTION_RULES, NEVER_CONNECTED_RULES, NOT_READY_RULES } from './connection.js'
import { MODULE_RULES } from './modules.js'
import { rule, type Interpretation, type Rule } from '../../knowledge/rule.js'

export { ENDPOINT_REFUSAL } from './connection.js'
export { assertionSides, CODE_RULES, CONNECTING_WORDS, EXPECTED_ANSWER_ERROR, EXPECTS_ERROR, SERVER_ANSWER, NAMES_AN_ERROR, NO_ERROR_EXPECTED, NULL_DEREFERENCE, NULL_HANDLE, CLOSING_HANDLE, SQL_HANDLE } from './code.js'
export { CONNECTION_RULES } from './connection.js'
export { MODULE_RULES } from './modules.js'
export { matchRule, type Confidence, type FailureKind, type Indication, type Interpretation, type Rule, type RuleMatch } from '../../knowledge/rule.js'

const rejections = SERVICES.flatMap(s => (s.rejected ?? []).map(i => [rule('code', 'high', '', i), reportedName(s)] as const))
/** A service that answered and rejected the client's settings: the code's configuration is wrong. */
export const REJECTION_RULES: readonly Rule[] = rejections.map(([r]) => r)
/** The service whose answer each rejection rule reads. */
export const REJECTION_SERVICE: ReadonlyMap<Rule, string> = new Map(rejections)

/** A service's driver saying it could not reach it. */
export const SERVICE_RULES: readonly Rule[] = SERVICES.flatMap(s => s.unreachable.map(i => rule('infrastructure', 'high', reportedName(s), i)))

/**
 * Code rules first (a rejection comes in the same driver exception as a refusal); then a service
 * that answered it is not ready, services, generic refusals, modules.
 */
export const ALL_RULES: readonly Rule[] = [...REJECTION_RULES, ...CODE_RULES, ...NOT_READY_RULES, ...SERVICE_RULES, ...CONNECTION_RULES, ...NEVER_CONNECTED_RULES, ...MODULE_RULES]

/**
 * How the rule a finding came from reads its match (knowledge/rule.ts `Interpretation`): a
 * finding carries its rule's id, and what it is (a missing module of an ecosystem, a missing
 * tool) is a property of that rule, asked here rather than spelled out by id elsewhere.
 */
export function interpretationOf(ruleId: string): Interpretation | undefined {
  byId ??= new Map(ALL_RULES.map(r => [r.id, r.interpret]))
  return byId.get(ruleId)
}
let byId: Map<string, Interpretation | undefined> | undefined

/** Whether the rule a finding came from names its service by the frames below it (knowledge/rule.ts `namedByFrameBelow`). */
export function namedByFrameBelow(ruleId: string): boolean {
  framed ??= new Set(ALL_RULES.filter(r => r.namedByFrameBelow).map(r => r.id))
  return framed.has(ruleId)
}
let framed: Set<string> | undefined
