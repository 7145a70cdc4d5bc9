// One sample of each lesson problem's parameters, for the catalogue's tests; the type holds it
// complete, so a new problem code without a sample fails the type check.

import type { LessonProblem, LessonProblemCode } from '../../../src/shared/lessons/lesson-problems'

type ParamsOf<C> = Extract<LessonProblem, { code: C }> extends { params: infer P } ? P : undefined

export const LESSON_PROBLEM_SAMPLES: { [C in LessonProblemCode]: ParamsOf<C> } = {
  fileUnreadable: { reason: 'ENOENT' },
  fileTooLarge: { bytes: 3, max: 3 },
  fileNotUtf8: undefined,
  yamlSyntax: { detail: 'x' },
  yamlTag: { tag: 'x' },
  yamlAliases: { max: 3 },
  yamlTooDeep: undefined,
  forbiddenKey: { key: 'x' },
  missingField: { field: 'x' },
  unknownField: { field: 'x', known: 'x' },
  wrongType: { expected: 'string', found: 'number' },
  notOneOf: { value: 'x', allowed: 'x' },
  textTooLong: { max: 3 },
  textEmpty: undefined,
  tooManyItems: { max: 3 },
  tooFewItems: { min: 3 },
  numberOutOfRange: { min: 3, max: 3 },
  badId: undefined,
  badLanguage: undefined,
  badCookieName: undefined,
  badPath: undefined,
  badUrl: undefined,
  badHost: undefined,
  textNeedsEn: undefined,
  invalidValue: undefined,
  languagesNeedEn: undefined,
  languageNotDeclared: { language: 'zh-CN' },
  translationMissing: { language: 'zh-CN' },
  duplicateStepId: { id: 'x', first: 3 },
  duplicateChoiceId: { id: 'x' },
  answerNotAChoice: { answer: 'x', choices: 'x' },
  predictionWithoutChecks: undefined,
  linkNeedsSelectorOrText: undefined,
  cookieNeverSet: { cookie: 'x' },
  cookieSetLater: { cookie: 'x', step: 3 },
  focusNamesNothing: { what: 'x' },
  hostNotDeclared: { host: 'x' },
  noHttpsForHost: { host: 'x', names: 'x' },
}
