// zod's issues as located lesson problems: each names the field path (`steps[2].checks[0].cookie`),
// its line and column in the file, and what was expected, as a coded fact (no zod sentence
// reaches the teacher). Refinements in lesson-schema.ts carry their problem code as the message.

import type { z } from 'zod'
import {
  byPlace,
  type LessonProblem,
  type LessonProblemCode,
  type LocatedLessonProblem,
} from '../../shared/lessons/lesson-problems'
import type { FieldPath, LessonSource } from './lesson-source'

type Issue = z.core.$ZodIssue

/** Codes a refinement may name as its message, with the parameters it passes. */
const CODED_MESSAGES: ReadonlySet<LessonProblemCode> = new Set<LessonProblemCode>([
  'badId',
  'badLanguage',
  'badCookieName',
  'badPath',
  'badUrl',
  'badHost',
  'textNeedsEn',
  'textEmpty',
  'numberOutOfRange',
  'tooManyItems',
])

export function schemaProblems(
  issues: readonly Issue[],
  source: LessonSource,
  schema: z.ZodType,
): LocatedLessonProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, [], source, schema)).sort(byPlace)
}

/** The field path as a teacher reads it: `steps[2].checks[0].cookie`. */
export function formatFieldPath(path: FieldPath): string {
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else if (/^[A-Za-z_][\w-]*$/.test(part)) text += text ? `.${part}` : part
    else text += `[${JSON.stringify(part)}]`
  }
  return text
}

function problemsOf(
  issue: Issue,
  base: FieldPath,
  source: LessonSource,
  schema: z.ZodType,
): LocatedLessonProblem[] {
  const path: FieldPath = [...base, ...issue.path.map((part) => part as string | number)]
  const located = (
    problem: LessonProblem,
    at: FieldPath = path,
    target: 'value' | 'key' = 'value',
  ): LocatedLessonProblem => ({
    problem,
    path: formatFieldPath(at),
    ...source.locate(at, target),
  })
  const found = valueAt(source.value, path)

  switch (issue.code) {
    case 'invalid_type':
      if (found.missing) {
        return [located({ code: 'missingField', params: { field: String(path.at(-1) ?? '') } })]
      }
      return [
        located({
          code: 'wrongType',
          params: { expected: issue.expected, found: kindOf(found.value) },
        }),
      ]
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        if (found.missing) {
          return [located({ code: 'missingField', params: { field: issue.discriminator } })]
        }
        const options = (issue as { options?: readonly unknown[] }).options ?? []
        return [located(notOneOf(found.value, options))]
      }
      if (found.missing) {
        return [located({ code: 'missingField', params: { field: String(path.at(-1) ?? '') } })]
      }
      // A text is plain or per language: report the branch that the value's kind chose.
      const fitting = issue.errors.find(
        (branch) =>
          !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      )
      if (fitting) return fitting.flatMap((inner) => problemsOf(inner, path, source, schema))
      const first = issue.errors[0]?.[0]
      const expected = first?.code === 'invalid_type' ? first.expected : 'string'
      return [located({ code: 'wrongType', params: { expected, found: kindOf(found.value) } })]
    }
    case 'unrecognized_keys': {
      const known = knownFields(schema, source.value, path).join(', ')
      return issue.keys.map((key) =>
        located({ code: 'unknownField', params: { field: key, known } }, [...path, key], 'key'),
      )
    }
    case 'invalid_value':
      return [located(notOneOf(found.value, issue.values))]
    case 'too_big':
      if (issue.origin === 'string') {
        return [located({ code: 'textTooLong', params: { max: Number(issue.maximum) } })]
      }
      return [located({ code: 'tooManyItems', params: { max: Number(issue.maximum) } })]
    case 'too_small':
      if (issue.origin === 'string') return [located({ code: 'textEmpty' })]
      return [located({ code: 'tooFewItems', params: { min: Number(issue.minimum) } })]
    case 'invalid_key':
      // A bad key (`Chinese:` where a language tag goes): point at the key, not its value.
      return issue.issues.flatMap((inner) =>
        problemsOf(inner, path, source, schema).map((problem) => ({
          ...problem,
          ...source.locate(path, 'key'),
        })),
      )
    case 'invalid_format':
    case 'custom': {
      const code = issue.message as LessonProblemCode
      if (!CODED_MESSAGES.has(code)) return [located({ code: 'invalidValue' })]
      const params = issue.code === 'custom' ? issue.params : undefined
      return [located((params ? { code, params } : { code }) as LessonProblem)]
    }
    default:
      return [located({ code: 'invalidValue' })]
  }
}

function notOneOf(value: unknown, allowed: readonly unknown[]): LessonProblem {
  return {
    code: 'notOneOf',
    params: {
      value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
      allowed: allowed.map(String).join(', '),
    },
  }
}

/** The kind of a parsed YAML value, as `wrongType` names kinds. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function valueAt(root: unknown, path: FieldPath): { missing: boolean; value: unknown } {
  let value = root
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
      return { missing: true, value: undefined }
    }
    value = (value as Record<string | number, unknown>)[part]
  }
  return { missing: false, value }
}

/**
 * The field names the schema allows at PATH, for "known fields: ...": walks the schema along
 * the path, choosing a discriminated union's option by the value's own `kind`.
 */
function knownFields(schema: z.ZodType, root: unknown, path: FieldPath): string[] {
  let current = schema as z.core.$ZodType
  for (let depth = 0; depth <= path.length; depth++) {
    current = unwrap(current, valueAt(root, path.slice(0, depth)).value)
    if (depth === path.length) break
    const def = current._zod.def as z.core.$ZodTypeDef & {
      shape?: Record<string, z.core.$ZodType>
      element?: z.core.$ZodType
    }
    const part = path[depth]
    const next =
      def.type === 'object' ? def.shape?.[String(part)] : def.type === 'array' ? def.element : null
    if (!next) return []
    current = next
  }
  const def = current._zod.def as z.core.$ZodTypeDef & { shape?: Record<string, unknown> }
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : []
}

function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType {
  let current = schema
  for (;;) {
    const def = current._zod.def as z.core.$ZodTypeDef & {
      innerType?: z.core.$ZodType
      options?: z.core.$ZodType[]
      discriminator?: string
    }
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      current = def.innerType
    } else if (def.type === 'union' && def.discriminator && def.options) {
      const kind =
        value && typeof value === 'object'
          ? (value as Record<string, unknown>)[def.discriminator]
          : undefined
      const option = def.options.find((candidate) => {
        const shape = (candidate._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape
        const literal = shape?.[def.discriminator ?? '']?._zod.def as
          { values?: unknown[] } | undefined
        return literal?.values?.includes(kind)
      })
      if (!option) return current
      current = option
    } else {
      return current
    }
  }
}
