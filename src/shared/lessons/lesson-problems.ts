// What can be wrong with a lesson file, as facts: a code and the parameters its sentence needs
// (words in lesson-problem-words.ts), and where in the file it is. `check` prints them; the app
// will show them when a teacher opens a file. Plain data, so they cross IPC as they are.

import type { CodedFact } from '../messages/facts'

export type LessonProblem =
  // The file as a whole.
  | CodedFact<'fileUnreadable', { reason: string }>
  | CodedFact<'fileTooLarge', { bytes: number; max: number }>
  | CodedFact<'fileNotUtf8'>
  // YAML (or JSON) itself. `detail`: the yaml library's own words, in English.
  | CodedFact<'yamlSyntax', { detail: string }>
  | CodedFact<'yamlTag', { tag: string }>
  | CodedFact<'yamlAliases', { max: number }>
  | CodedFact<'yamlTooDeep'>
  | CodedFact<'forbiddenKey', { key: string }>
  // The schema. `expected`, `found`: `text`, `number`, `yes or no`, `list`, `mapping`, `nothing`.
  | CodedFact<'missingField', { field: string }>
  | CodedFact<'unknownField', { field: string; known: string }>
  | CodedFact<'wrongType', { expected: string; found: string }>
  | CodedFact<'notOneOf', { value: string; allowed: string }>
  | CodedFact<'textTooLong', { max: number }>
  | CodedFact<'textEmpty'>
  | CodedFact<'tooManyItems', { max: number }>
  | CodedFact<'tooFewItems', { min: number }>
  | CodedFact<'numberOutOfRange', { min: number; max: number }>
  | CodedFact<'badId'>
  | CodedFact<'badLanguage'>
  | CodedFact<'badCookieName'>
  | CodedFact<'badPath'>
  | CodedFact<'badUrl'>
  | CodedFact<'badHost'>
  | CodedFact<'textNeedsEn'>
  | CodedFact<'invalidValue'>
  // Across fields: what the schema cannot say.
  | CodedFact<'languagesNeedEn'>
  | CodedFact<'languageNotDeclared', { language: string }>
  | CodedFact<'translationMissing', { language: string }>
  | CodedFact<'duplicateStepId', { id: string; first: number }>
  | CodedFact<'duplicateChoiceId', { id: string }>
  | CodedFact<'answerNotAChoice', { answer: string; choices: string }>
  | CodedFact<'predictionWithoutChecks'>
  | CodedFact<'linkNeedsSelectorOrText'>
  | CodedFact<'cookieNeverSet', { cookie: string }>
  | CodedFact<'cookieSetLater', { cookie: string; step: number }>
  | CodedFact<'focusNamesNothing', { what: string }>
  | CodedFact<'hostNotDeclared', { host: string }>
  | CodedFact<'noHttpsForHost', { host: string; names: string }>

export type LessonProblemCode = LessonProblem['code']

/** A problem and where it is: the field's path (`steps[2].checks[0].cookie`) and its position. */
export interface LocatedLessonProblem {
  problem: LessonProblem
  /** The field path; '' for the file as a whole. */
  path: string
  /** 1-based; absent when the problem has no place in the text (the file too large to read). */
  line?: number
  column?: number
}

/** Orders problems as they appear in the file; problems of the whole file first. */
export function byPlace(a: LocatedLessonProblem, b: LocatedLessonProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
