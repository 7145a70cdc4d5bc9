// The lesson format as a zod schema: every field, its kind and its bounds. The types it yields
// are the shared ones (src/shared/lessons/lesson.ts), held equal at the bottom of this file, so
// the UI can use them without zod. What crosses fields (a cookie checked that no step sets, a
// host not declared, ...) is in lesson-cross-checks.ts.
//
// A refinement's message is a problem code (`badId`, `badUrl`, ...), never a sentence:
// schema-issues.ts turns it into a located problem, and lesson-problem-words.ts into words.

import { z } from 'zod'
import { EXPLAINED_REASONS } from '../../shared/explain/blocked-reasons'
import type { InferredNotStored } from '../../shared/messages/facts'
import {
  LESSON_FORMAT,
  type Lesson,
  type LessonAction,
  type LessonCheck,
  type LessonFocus,
  type LessonText,
} from '../../shared/lessons/lesson'
import { isLessonUrl } from './lesson-url'

/** Caps that keep one hostile file from costing much memory or time, and a lesson readable. */
export const LESSON_LIMITS = {
  steps: 100,
  checksPerStep: 30,
  choices: 8,
  hosts: 20,
  expects: 50,
  languages: 20,
  formFields: 50,
  title: 200,
  text: 4000,
  code: 16_384,
  value: 4096,
  short: 500,
} as const

// Lower-case words and dashes: ids end up in URLs of the player and in `verify`'s report.
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/
// BCP 47, as far as lessons need it: language, optional script, optional region.
const LANGUAGE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/
// RFC 6265's token for names, less what Chromium would refuse anyway; no spaces.
const COOKIE_NAME = /^[^\s;=,\p{Cc}]{1,256}$/u
const PATH = /^\/[^?#\s]*$/
const HOST =
  /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/i

const boundedText = (max: number) => z.string().min(1, 'textEmpty').max(max)

/** Plain text or one text per language, `en` required. */
const lessonText = (max: number) =>
  z.union([
    boundedText(max),
    z
      .record(z.string().regex(LANGUAGE, 'badLanguage'), boundedText(max))
      .refine((texts) => Object.hasOwn(texts, 'en'), 'textNeedsEn'),
  ])

const wholeNumber = (min: number, max: number) =>
  z.number().refine((n) => Number.isInteger(n) && n >= min && n <= max, {
    message: 'numberOutOfRange',
    params: { min, max },
  })

const id = z.string().regex(ID, 'badId')
const cookieName = z.string().regex(COOKIE_NAME, 'badCookieName')
const url = z.string().max(2048).refine(isLessonUrl, 'badUrl')
const sameSite = z.enum(['Strict', 'Lax', 'None'])

const INFERRED_CAUSES: Record<InferredNotStored['code'], true> = {
  inferredPartitionedWithoutSecure: true,
  inferredValueNotUtf8: true,
  inferredPrefixRules: true,
  inferredCrowdedSite: true,
  inferredNoCause: true,
}
/** The reasons a check may name: the browser's blocked reasons, and capture's inferred causes. */
export const CHECKABLE_REASONS: readonly string[] = [
  ...EXPLAINED_REASONS,
  ...Object.keys(INFERRED_CAUSES),
]
const reason = z.enum(CHECKABLE_REASONS as [string, ...string[]])

const exchangeMatch = {
  path: z.string().max(LESSON_LIMITS.short).regex(PATH, 'badPath'),
  method: z.enum(['GET', 'POST']).optional(),
  host: z.string().regex(HOST, 'badHost').optional(),
}

const action = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('navigate'), url }),
  z.strictObject({
    kind: z.literal('submit-form'),
    page: url.optional(),
    selector: boundedText(LESSON_LIMITS.short).optional(),
    fields: z
      .record(boundedText(LESSON_LIMITS.short), z.string().max(LESSON_LIMITS.value))
      .refine((fields) => Object.keys(fields).length <= LESSON_LIMITS.formFields, {
        message: 'tooManyItems',
        params: { max: LESSON_LIMITS.formFields },
      }),
  }),
  z.strictObject({
    kind: z.literal('click-link'),
    page: url.optional(),
    selector: boundedText(LESSON_LIMITS.short).optional(),
    text: boundedText(LESSON_LIMITS.short).optional(),
  }),
  z.strictObject({
    kind: z.literal('script'),
    page: url,
    code: boundedText(LESSON_LIMITS.code),
  }),
  z.strictObject({
    kind: z.literal('add-cookie'),
    name: cookieName,
    value: z.string().max(LESSON_LIMITS.value),
    domain: z.string().regex(HOST, 'badHost').optional(),
    path: z.string().max(LESSON_LIMITS.short).regex(PATH, 'badPath').optional(),
    secure: z.boolean().optional(),
    httpOnly: z.boolean().optional(),
    sameSite: sameSite.optional(),
    maxAge: wholeNumber(1, 400 * 24 * 3600).optional(),
  }),
  z.strictObject({
    kind: z.literal('delete-cookie'),
    name: cookieName,
    domain: z.string().regex(HOST, 'badHost').optional(),
    path: z.string().max(LESSON_LIMITS.short).regex(PATH, 'badPath').optional(),
  }),
  z.strictObject({ kind: z.literal('learner') }),
])

const focus = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('row'), ...exchangeMatch }),
  z.strictObject({
    kind: z.literal('header'),
    header: z.enum(['Cookie', 'Set-Cookie']),
    ...exchangeMatch,
  }),
  z.strictObject({ kind: z.literal('cookie'), cookie: cookieName, ...exchangeMatch }),
  z.strictObject({
    kind: z.literal('store'),
    cookie: cookieName,
    domain: z.string().regex(HOST, 'badHost').optional(),
  }),
])

const check = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('exchange'),
    status: wholeNumber(100, 599).optional(),
    ...exchangeMatch,
  }),
  z.strictObject({
    kind: z.literal('stored'),
    cookie: cookieName,
    value: z.string().max(LESSON_LIMITS.value).optional(),
    ...exchangeMatch,
  }),
  z.strictObject({
    kind: z.literal('refused'),
    cookie: cookieName,
    reason: reason.optional(),
    ...exchangeMatch,
  }),
  z.strictObject({
    kind: z.literal('sent'),
    cookie: cookieName,
    value: z.string().max(LESSON_LIMITS.value).optional(),
    ...exchangeMatch,
  }),
  z.strictObject({
    kind: z.literal('not-sent'),
    cookie: cookieName,
    reason: reason.optional(),
    ...exchangeMatch,
  }),
  z.strictObject({
    kind: z.literal('store-has'),
    cookie: cookieName,
    value: z.string().max(LESSON_LIMITS.value).optional(),
    domain: z.string().regex(HOST, 'badHost').optional(),
    httpOnly: z.boolean().optional(),
    secure: z.boolean().optional(),
    sameSite: sameSite.optional(),
    session: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('store-lacks'),
    cookie: cookieName,
    domain: z.string().regex(HOST, 'badHost').optional(),
  }),
  z.strictObject({ kind: z.literal('script-wrote'), cookie: cookieName }),
])

const prediction = z.strictObject({
  question: lessonText(LESSON_LIMITS.short),
  choices: z
    .array(z.strictObject({ id, text: lessonText(LESSON_LIMITS.short) }))
    .min(2)
    .max(LESSON_LIMITS.choices),
  answer: id,
})

const step = z.strictObject({
  id,
  title: lessonText(LESSON_LIMITS.title),
  text: lessonText(LESSON_LIMITS.text),
  action,
  focus: focus.optional(),
  prediction: prediction.optional(),
  checks: z.array(check).max(LESSON_LIMITS.checksPerStep).default([]),
})

export const lessonSchema = z.strictObject({
  format: z.literal(LESSON_FORMAT),
  id,
  title: lessonText(LESSON_LIMITS.title),
  summary: lessonText(LESSON_LIMITS.text),
  languages: z.array(z.string().regex(LANGUAGE, 'badLanguage')).min(1).max(LESSON_LIMITS.languages),
  hosts: z.array(z.string().regex(HOST, 'badHost')).max(LESSON_LIMITS.hosts).default([]),
  expects: z.array(cookieName).max(LESSON_LIMITS.expects).default([]),
  steps: z.array(step).min(1).max(LESSON_LIMITS.steps),
})

// The schema yields exactly the shared types: a change on either side fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameTypes: [
  Same<z.infer<typeof lessonSchema>, Lesson>,
  Same<z.infer<typeof action>, LessonAction>,
  Same<z.infer<typeof focus>, LessonFocus>,
  Same<z.infer<typeof check>, LessonCheck>,
  Same<z.infer<ReturnType<typeof lessonText>>, LessonText>,
] = [true, true, true, true, true]
void sameTypes
