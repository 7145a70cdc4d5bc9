// What a lesson's schema cannot say, checked across its fields: texts in the declared languages,
// step ids that differ, predictions whose answer is a choice their checks can prove, cookies that
// some step sets before a check expects them, a focus that names something the lesson touches,
// and URLs that stay on the tutorial's hosts or the declared ones. Each problem carries the
// field path it is about; read-lesson.ts places it in the file.

import type {
  Lesson,
  LessonAction,
  LessonCheck,
  LessonStep,
  LessonText,
} from '../../shared/lessons/lesson'
import type { LessonProblem } from '../../shared/lessons/lesson-problems'
import type { FieldPath } from './lesson-source'
import { reachProblem } from './lesson-reach'
import { lessonUrlParts } from './lesson-url'

export interface CrossCheckProblem {
  problem: LessonProblem
  path: FieldPath
  /** `key`: the problem is the field's name (a language no one declared), not its value. */
  at?: 'key'
}

export function crossCheckLesson(lesson: Lesson): CrossCheckProblem[] {
  return [
    ...languageProblems(lesson),
    ...stepIdProblems(lesson.steps),
    ...predictionProblems(lesson.steps),
    ...reachProblems(lesson),
    ...cookieProblems(lesson),
    ...focusProblems(lesson),
  ]
}

function languageProblems(lesson: Lesson): CrossCheckProblem[] {
  const declared = new Set(lesson.languages)
  const problems: CrossCheckProblem[] = []
  if (!declared.has('en'))
    problems.push({ problem: { code: 'languagesNeedEn' }, path: ['languages'] })
  for (const { text, path } of textsOf(lesson)) {
    if (typeof text === 'string') continue
    for (const language of Object.keys(text)) {
      if (!declared.has(language)) {
        problems.push({
          problem: { code: 'languageNotDeclared', params: { language } },
          path: [...path, language],
          at: 'key',
        })
      }
    }
    for (const language of declared) {
      if (!Object.hasOwn(text, language)) {
        problems.push({ problem: { code: 'translationMissing', params: { language } }, path })
      }
    }
  }
  return problems
}

/** Every text a learner reads, with its field path. */
function textsOf(lesson: Lesson): { text: LessonText; path: FieldPath }[] {
  const texts: { text: LessonText; path: FieldPath }[] = [
    { text: lesson.title, path: ['title'] },
    { text: lesson.summary, path: ['summary'] },
  ]
  lesson.steps.forEach((step, i) => {
    texts.push({ text: step.title, path: ['steps', i, 'title'] })
    texts.push({ text: step.text, path: ['steps', i, 'text'] })
    if (!step.prediction) return
    texts.push({ text: step.prediction.question, path: ['steps', i, 'prediction', 'question'] })
    step.prediction.choices.forEach((choice, c) => {
      texts.push({ text: choice.text, path: ['steps', i, 'prediction', 'choices', c, 'text'] })
    })
  })
  return texts
}

function stepIdProblems(steps: readonly LessonStep[]): CrossCheckProblem[] {
  const first = new Map<string, number>()
  const problems: CrossCheckProblem[] = []
  steps.forEach((step, i) => {
    const earlier = first.get(step.id)
    if (earlier === undefined) first.set(step.id, i)
    else {
      problems.push({
        problem: { code: 'duplicateStepId', params: { id: step.id, first: earlier } },
        path: ['steps', i, 'id'],
      })
    }
  })
  return problems
}

function predictionProblems(steps: readonly LessonStep[]): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = []
  steps.forEach((step, i) => {
    const prediction = step.prediction
    if (!prediction) return
    const path = ['steps', i, 'prediction']
    const ids = new Set<string>()
    prediction.choices.forEach((choice, c) => {
      if (ids.has(choice.id)) {
        problems.push({
          problem: { code: 'duplicateChoiceId', params: { id: choice.id } },
          path: [...path, 'choices', c, 'id'],
        })
      }
      ids.add(choice.id)
    })
    if (!ids.has(prediction.answer)) {
      problems.push({
        problem: {
          code: 'answerNotAChoice',
          params: { answer: prediction.answer, choices: [...ids].join(', ') },
        },
        path: [...path, 'answer'],
      })
    }
    if (step.checks.length === 0) {
      problems.push({ problem: { code: 'predictionWithoutChecks' }, path })
    }
  })
  return problems
}

/** The URLs a step's action goes to or is bound to, with their field paths. */
function actionUrls(action: LessonAction, path: FieldPath): { url: string; path: FieldPath }[] {
  switch (action.kind) {
    case 'navigate':
      return [{ url: action.url, path: [...path, 'url'] }]
    case 'submit-form':
    case 'click-link':
    case 'script':
      return action.page === undefined ? [] : [{ url: action.page, path: [...path, 'page'] }]
    default:
      return []
  }
}

function reachProblems(lesson: Lesson): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = []
  lesson.steps.forEach((step, i) => {
    const actionPath = ['steps', i, 'action']
    if (step.action.kind === 'click-link' && !step.action.selector && !step.action.text) {
      problems.push({ problem: { code: 'linkNeedsSelectorOrText' }, path: actionPath })
    }
    for (const { url, path } of actionUrls(step.action, actionPath)) {
      const parts = lessonUrlParts(url)
      const problem = parts && reachProblem(parts, lesson.hosts)
      if (problem) problems.push({ problem, path })
    }
  })
  return problems
}

/**
 * Where each cookie is first set: the step whose checks prove a response or a script set it (or
 * tried to: a refused line is the lesson too), or whose action adds it; -1 for `expects`.
 */
function firstSetSteps(lesson: Lesson): Map<string, number> {
  const first = new Map<string, number>(lesson.expects.map((name) => [name, -1]))
  lesson.steps.forEach((step, i) => {
    const names = step.checks.filter(setsCookie).map((check) => check.cookie)
    if (step.action.kind === 'add-cookie') names.push(step.action.name)
    for (const name of names) if (!first.has(name)) first.set(name, i)
  })
  return first
}

function setsCookie(
  check: LessonCheck,
): check is Extract<LessonCheck, { kind: 'stored' | 'refused' | 'script-wrote' }> {
  return check.kind === 'stored' || check.kind === 'refused' || check.kind === 'script-wrote'
}

/** Checks that can pass only once the cookie is in the store. */
const NEEDS_COOKIE_BEFORE: ReadonlySet<LessonCheck['kind']> = new Set(['sent', 'store-has'])

function cookieProblems(lesson: Lesson): CrossCheckProblem[] {
  const first = firstSetSteps(lesson)
  const problems: CrossCheckProblem[] = []
  lesson.steps.forEach((step, i) => {
    if (step.action.kind === 'delete-cookie' && !first.has(step.action.name)) {
      problems.push({
        problem: { code: 'cookieNeverSet', params: { cookie: step.action.name } },
        path: ['steps', i, 'action', 'name'],
      })
    }
    step.checks.forEach((check, c) => {
      if (setsCookie(check) || check.kind === 'exchange') return
      const path = ['steps', i, 'checks', c, 'cookie']
      const setAt = first.get(check.cookie)
      if (setAt === undefined) {
        problems.push({
          problem: { code: 'cookieNeverSet', params: { cookie: check.cookie } },
          path,
        })
      } else if (setAt > i && NEEDS_COOKIE_BEFORE.has(check.kind)) {
        problems.push({
          problem: { code: 'cookieSetLater', params: { cookie: check.cookie, step: setAt } },
          path,
        })
      }
    })
  })
  return problems
}

/** The paths the lesson visits (its actions' URLs) or checks: what a focus may point at. */
function touchedPaths(lesson: Lesson): Set<string> {
  const paths = new Set<string>()
  for (const step of lesson.steps) {
    for (const { url } of actionUrls(step.action, [])) {
      const parts = lessonUrlParts(url)
      if (parts) paths.add(parts.path)
    }
    for (const check of step.checks) if ('path' in check) paths.add(check.path)
  }
  return paths
}

function focusProblems(lesson: Lesson): CrossCheckProblem[] {
  const paths = touchedPaths(lesson)
  const cookies = firstSetSteps(lesson)
  const problems: CrossCheckProblem[] = []
  lesson.steps.forEach((step, i) => {
    const focus = step.focus
    if (!focus) return
    const path = ['steps', i, 'focus']
    if ('path' in focus && !paths.has(focus.path)) {
      problems.push({
        problem: { code: 'focusNamesNothing', params: { what: focus.path } },
        path: [...path, 'path'],
      })
    }
    if ('cookie' in focus && !cookies.has(focus.cookie)) {
      problems.push({
        problem: { code: 'focusNamesNothing', params: { what: focus.cookie } },
        path: [...path, 'cookie'],
      })
    }
  })
  return problems
}
