// What is wrong with a lesson file, in words for the teacher who wrote it: one message per
// problem code (`../../lessons/lesson-problems.ts`), as `check` prints them and the app shows
// them when a teacher opens a file. Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { LessonProblemMessageId } from '../message-ids'

/** A JSON/YAML value's kind in words; `{expected}` and `{found}` of `wrongType` are these codes. */
const KIND =
  'string {text} number {a number} boolean {true or false} array {a list} object {a mapping (field: value)} null {nothing} other {{kind}}'
const kindWords = (param: string): string => KIND.replace('{kind}', `{${param}}`)

export const lessonProblemsEn = {
  'lessonProblem.fileUnreadable': {
    message:
      'The file cannot be read: {reason, select, ENOENT {there is no such file} EACCES {permission denied} EPERM {permission denied} EISDIR {it is a folder, not a file} other {{reason}}}.',
    description:
      '{reason}: the system error code (ENOENT: no such file, EACCES/EPERM: no permission, EISDIR: a folder); another code is shown as it is.',
  },
  'lessonProblem.fileTooLarge': {
    message:
      'The file is {bytes, number} bytes; a lesson may be at most {max, number} bytes, so it was not read.',
    description: 'A lesson file over the size cap is refused before it is parsed.',
  },
  'lessonProblem.fileNotUtf8': {
    message: 'The file is not UTF-8 text. Save it as UTF-8.',
    description: 'The lesson file holds bytes that are not UTF-8.',
  },
  'lessonProblem.yamlSyntax': {
    message: 'This is not valid YAML: {detail}.',
    description: "{detail}: the YAML reader's own description, in English.",
  },
  'lessonProblem.yamlTag': {
    message:
      'Lesson files take no YAML tags ({tag}): a lesson is plain data. Remove the tag and write the value itself.',
    description: '{tag}: the tag as written, e.g. "!!js/function".',
  },
  'lessonProblem.yamlAliases': {
    message:
      'Too many aliases (*name): more than {max} would be copied. Write the values out, or use fewer aliases.',
    description: 'YAML aliases copy an anchored value; a file that multiplies them is refused.',
  },
  'lessonProblem.yamlTooDeep': {
    message: 'The file nests lists or mappings too deeply to be a lesson.',
    description: 'A file with thousands of nested brackets, refused rather than read.',
  },
  'lessonProblem.forbiddenKey': {
    message: 'The key "{key}" is not allowed in a lesson file.',
    description: '{key}: __proto__, constructor or prototype, refused for safety.',
  },
  'lessonProblem.missingField': {
    message: 'The field "{field}" is missing.',
    description: '{field}: the name of a required field, as the lesson format names it.',
  },
  'lessonProblem.unknownField': {
    message: 'There is no field "{field}" here. Known fields: {known}.',
    description: '{field}: the unknown name as written; {known}: the field names allowed there.',
  },
  'lessonProblem.wrongType': {
    message: `Expected {expected, select, ${kindWords('expected')}}, found {found, select, ${kindWords('found')}}.`,
    description: 'A value of the wrong kind: text where a list was expected, and so on.',
  },
  'lessonProblem.notOneOf': {
    message: '"{value}" is not one of: {allowed}.',
    description: '{value}: what the file says; {allowed}: the values the format knows there.',
  },
  'lessonProblem.textTooLong': {
    message: 'The text is too long: at most {max, number} characters.',
    description: 'A text field is over its length cap.',
  },
  'lessonProblem.textEmpty': {
    message: 'The text is empty.',
    description: 'A text field must hold at least one character.',
  },
  'lessonProblem.tooManyItems': {
    message: 'Too many items: at most {max, number}.',
    description: 'A list (steps, checks, choices...) is over its cap.',
  },
  'lessonProblem.tooFewItems': {
    message: 'Too few items: at least {min, number}.',
    description: 'A list needs more items, e.g. a lesson needs at least one step.',
  },
  'lessonProblem.numberOutOfRange': {
    message: 'Expected a whole number from {min, number} to {max, number}.',
    description: 'A number field (a status code, a lifetime) is outside what it can be.',
  },
  'lessonProblem.badId': {
    message:
      'Expected an id: lower-case letters, digits and dashes, starting with a letter or digit (e.g. set-cookie).',
    description: 'A lesson, step or choice id is malformed.',
  },
  'lessonProblem.badLanguage': {
    message: 'Expected a language tag such as en, zh-CN or pt-BR.',
    description: 'A key of a text in several languages is not a language tag.',
  },
  'lessonProblem.badCookieName': {
    message:
      'Expected a cookie name: no spaces, no ";", "=" or ",", no control characters, at most 256 characters.',
    description: 'A cookie name in the lesson cannot be a cookie name.',
  },
  'lessonProblem.badPath': {
    message: 'Expected a path starting with "/", without "?" or "#" (e.g. /getcookie).',
    description: 'The path of a request a check or focus means.',
  },
  'lessonProblem.badUrl': {
    message:
      'Expected a path starting with "/" (e.g. /getcookie) or an http: or https: URL (e.g. https://www.shop.test/).',
    description: 'Where a navigate action goes, or the page a step is bound to.',
  },
  'lessonProblem.badHost': {
    message: 'Expected a host name, optionally with a port (e.g. example.test or localhost:5000).',
    description: 'An entry of the lesson\'s "hosts" list is malformed.',
  },
  'lessonProblem.textNeedsEn': {
    message: 'A text in several languages needs an "en" entry, the English text.',
    description: 'A text map lacks English, which every lesson text must have.',
  },
  'lessonProblem.invalidValue': {
    message: 'This value is not valid here.',
    description: 'A fallback for a value the format refuses for a reason it has no words for.',
  },
  'lessonProblem.languagesNeedEn': {
    message: '"languages" must include en: every text has an English version.',
    description: "The lesson's list of languages lacks English.",
  },
  'lessonProblem.languageNotDeclared': {
    message: 'This text is written in {language}, which "languages" does not list. Add it there.',
    description: '{language}: a language tag used in a text but not declared by the lesson.',
  },
  'lessonProblem.translationMissing': {
    message: 'This text has no {language} version, though "languages" lists {language}.',
    description: '{language}: a declared language the text lacks.',
  },
  'lessonProblem.duplicateStepId': {
    message: 'Step id "{id}" is already used by steps[{first}]. Step ids must differ.',
    description:
      '{first}: the index of the first step with that id, counting from 0, as in the field paths.',
  },
  'lessonProblem.duplicateChoiceId': {
    message: 'Choice id "{id}" is used twice in this prediction.',
    description: 'Two choices of one prediction have the same id.',
  },
  'lessonProblem.answerNotAChoice': {
    message: 'The answer "{answer}" is not one of the choices: {choices}.',
    description: "{choices}: the choice ids of this prediction. The answer names a choice's id.",
  },
  'lessonProblem.predictionWithoutChecks': {
    message: 'A prediction needs checks on its step: the checks prove the answer.',
    description: 'A step asks the room a question but has no checks that show the answer.',
  },
  'lessonProblem.linkNeedsSelectorOrText': {
    message: 'A click-link action needs "selector" or "text" to find its link.',
    description: 'A click-link action says neither which element nor which link text to click.',
  },
  'lessonProblem.cookieNeverSet': {
    message:
      'No step sets the cookie "{cookie}": add a check (stored, refused or script-wrote) or an add-cookie action on the step that sets it, or list it under "expects" if it comes from elsewhere.',
    description:
      '{cookie}: a cookie name a check or focus mentions. stored, refused, script-wrote, add-cookie and expects stay in English.',
  },
  'lessonProblem.cookieSetLater': {
    message:
      'The cookie "{cookie}" is first set by steps[{step}], after this one: this check cannot pass here.',
    description:
      '{step}: the index of the first step that sets it, counting from 0, as in the field paths.',
  },
  'lessonProblem.focusNamesNothing': {
    message:
      'The focus names {what}, which no step of this lesson visits, sets or checks: there would be nothing to highlight.',
    description: '{what}: a path such as /getcookie, or a cookie name.',
  },
  'lessonProblem.hostNotDeclared': {
    message:
      'The host {host} is not one of the tutorial\'s: add it to "hosts", so the learner is shown it before the lesson runs.',
    description: '{host}: a host name (with its port when one was written).',
  },
  'lessonProblem.noHttpsForHost': {
    message:
      'The tutorial has no https for {host}: its certificate names only {names}. Use http, or one of those.',
    description:
      '{host}: a *.test or loopback name the tutorial answers over http only; {names}: the names it has https for, comma-separated.',
  },
} satisfies Record<LessonProblemMessageId, CatalogueEntry>
