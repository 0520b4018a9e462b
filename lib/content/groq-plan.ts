/**
 * A small query planner for the embedded source. groq-js evaluates `*[filter]` by testing every
 * document of the dataset against the whole filter; with 10,000 practices that made one practice
 * page cost most of a second. For each `*[…]` the planner compiles, from the parts of the filter that
 * read only the document itself and literals or `$params` (`_type == "city"`, `status == "published"`,
 * `slug.current == $slug`, `_type in [...]`, joined by `&&`, `||` and parentheses), a necessary
 * condition in plain JavaScript, and replaces the `*` with an internal parameter bound at evaluation
 * time to just the documents that meet it, taken from a per-type partition. The filter itself is
 * kept whole, so groq-js still decides every match: the plan only narrows what it has to look at.
 * `tests/query/groq-plan.test.ts` checks that every query of the site gives the same result planned
 * and unplanned.
 */
import type { ExprNode } from 'groq-js'

type Params = Readonly<Record<string, unknown>>
type Path = readonly string[]

/** A necessary condition: a document failing it cannot match the filter. */
interface Condition {
  test: (doc: unknown, params: Params) => boolean
  /** The `_type`s a match can have, or null when the condition does not say. */
  types: (params: Params) => readonly string[] | null
  /** Whether the condition reads `$params` (if not, its documents are the same for every evaluation). */
  readsParams: boolean
}

/** One narrowed `*`: the internal parameter that replaces it and the condition that fills it. */
export interface Scan {
  param: string
  condition: Condition
}

export interface Plan {
  tree: ExprNode
  scans: readonly Scan[]
}

/** Internal parameter names start with a character no GROQ `$param` can contain. */
export const SCAN_PARAM_PREFIX = '\u0000scan'

type Primitive = string | number | boolean
const isPrimitive = (value: unknown): value is Primitive =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** The plain attribute path of `a.b.c` (read from the document itself); null for anything else. */
function documentPath(node: ExprNode): Path | null {
  const names: string[] = []
  let current: ExprNode | undefined = node
  while (current && current.type === 'AccessAttribute') {
    names.unshift(current.name)
    current = current.base
  }
  if (names.length === 0) return null
  return current === undefined || current.type === 'This' ? names : null
}

function readPath(doc: unknown, path: Path): unknown {
  let current = doc
  for (const name of path) {
    if (!current || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, name)) return undefined
    current = (current as Record<string, unknown>)[name]
  }
  return current
}

/** A literal or a `$param`: a primitive or an array of primitives (anything else: not planned). */
type Operand = { readsParams: boolean; value: (params: Params) => unknown }

function operandOf(node: ExprNode): Operand | null {
  if (node.type === 'Value' && isPrimitive(node.value)) {
    const value = node.value
    return { readsParams: false, value: () => value }
  }
  if (node.type === 'Parameter') {
    const name = node.name
    return { readsParams: true, value: (params) => params[name] }
  }
  if (node.type === 'Array' && node.elements.every((e) => !e.isSplat && e.value.type === 'Value' && isPrimitive(e.value.value))) {
    const values = node.elements.map((e) => (e.value as { value: Primitive }).value)
    return { readsParams: false, value: () => values }
  }
  return null
}

/**
 * GROQ's `==` where one side is a document path and the other a primitive: equal when both are the
 * same primitive; `null == null` holds (a missing field reads as null). Other operand kinds (objects,
 * arrays, datetimes) are not planned: the condition then says nothing (returns true).
 */
function equals(value: unknown, operand: unknown): boolean {
  if (operand === null || operand === undefined) return value === null || value === undefined
  if (!isPrimitive(operand)) return true
  return value === operand
}

/** GROQ's `path in [..]`: the path's primitive value is one of the array's primitives. */
function within(value: unknown, operand: unknown): boolean {
  if (!Array.isArray(operand)) return true
  if (!operand.every(isPrimitive)) return true
  return isPrimitive(value) && operand.includes(value)
}

const TYPE_PATH = (path: Path) => path.length === 1 && path[0] === '_type'

function comparison(node: ExprNode & { type: 'OpCall' }): Condition | null {
  let path = documentPath(node.left)
  let operand = operandOf(node.right)
  if (node.op === '==' && !(path && operand)) {
    path = documentPath(node.right)
    operand = operandOf(node.left)
  }
  if (!path || !operand || (node.op !== '==' && node.op !== 'in')) return null
  const at = path
  const { value, readsParams } = operand
  const compare = node.op === '==' ? equals : within
  const isType = TYPE_PATH(at)
  return {
    test: (doc, params) => compare(readPath(doc, at), value(params)),
    types: (params) => {
      if (!isType) return null
      const v = value(params)
      if (node.op === '==') return typeof v === 'string' ? [v] : null
      return Array.isArray(v) && v.every(isPrimitive) ? v.filter((t): t is string => typeof t === 'string') : null
    },
    readsParams,
  }
}

function union(a: readonly string[] | null, b: readonly string[] | null) {
  return a && b ? [...new Set([...a, ...b])] : null
}
function intersection(a: readonly string[] | null, b: readonly string[] | null) {
  if (!a) return b
  if (!b) return a
  return a.filter((t) => b.includes(t))
}

/** The necessary condition of a filter expression, or null when nothing can be said without groq-js. */
function conditionOf(node: ExprNode): Condition | null {
  switch (node.type) {
    case 'Group':
      return conditionOf(node.base)
    case 'OpCall':
      return comparison(node)
    case 'And': {
      const left = conditionOf(node.left)
      const right = conditionOf(node.right)
      if (!left || !right) return left ?? right
      return {
        test: (doc, params) => left.test(doc, params) && right.test(doc, params),
        types: (params) => intersection(left.types(params), right.types(params)),
        readsParams: left.readsParams || right.readsParams,
      }
    }
    case 'Or': {
      const left = conditionOf(node.left)
      const right = conditionOf(node.right)
      if (!left || !right) return null
      return {
        test: (doc, params) => left.test(doc, params) || right.test(doc, params),
        types: (params) => union(left.types(params), right.types(params)),
        readsParams: left.readsParams || right.readsParams,
      }
    }
    default:
      return null
  }
}

/** Rewrites every `*[…]` that has a necessary condition; returns the new tree and its scans. */
export function planQuery(tree: ExprNode): Plan {
  const scans: Scan[] = []
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (!value || typeof value !== 'object') return value
    const node = value as ExprNode
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) copy[key] = visit(child)
    if (node.type === 'Filter' && node.base.type === 'Everything') {
      const condition = conditionOf(node.expr)
      if (condition) {
        const param = `${SCAN_PARAM_PREFIX}${scans.length}`
        scans.push({ param, condition })
        copy.base = { type: 'Parameter', name: param }
      }
    }
    return copy
  }
  return { tree: visit(tree) as ExprNode, scans }
}

export interface Partitioned<T> {
  all: readonly T[]
  byType: ReadonlyMap<string, readonly T[]>
}

/** Groups documents by `_type`, keeping dataset order inside each group. */
export function partitionByType<T extends { _type: string }>(docs: readonly T[]): Partitioned<T> {
  const byType = new Map<string, T[]>()
  for (const doc of docs) {
    const group = byType.get(doc._type)
    if (group) group.push(doc)
    else byType.set(doc._type, [doc])
  }
  return { all: docs, byType }
}

/** The documents a scan may match, in dataset order (unordered results depend on it). */
export function scanDocuments<T extends { _type: string }>(scan: Scan, data: Partitioned<T>, params: Params): readonly T[] {
  const types = scan.condition.types(params)
  const candidates =
    types === null
      ? data.all
      : types.length === 1
        ? (data.byType.get(types[0]!) ?? [])
        : data.all.filter((doc) => types.includes(doc._type))
  return candidates.filter((doc) => scan.condition.test(doc, params))
}
