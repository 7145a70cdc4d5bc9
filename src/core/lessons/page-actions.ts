// The page actions of a lesson step as scripts for the pane's page (run by bound-script.ts, in an
// isolated world): fill and submit a form, click a link. The teacher's values go in as JSON, never
// as code, so a value cannot break out of its string.

import type { LessonAction } from '../../shared/lessons/lesson'

type SubmitForm = Extract<LessonAction, { kind: 'submit-form' }>
type ClickLink = Extract<LessonAction, { kind: 'click-link' }>

/** Fills the form's fields by name and submits it as a click on its button would. */
export function submitFormScript(action: SubmitForm): string {
  return `(() => {
    const selector = ${JSON.stringify(action.selector ?? null)}
    const fields = ${JSON.stringify(action.fields)}
    const form = selector === null ? document.forms[0] : document.querySelector(selector)
    if (!(form instanceof HTMLFormElement)) throw new Error('no form ' + (selector ?? 'on the page'))
    for (const [name, value] of Object.entries(fields)) {
      const field = form.elements.namedItem(name)
      if (!field || !('value' in field)) throw new Error('the form has no field ' + name)
      field.value = value
    }
    form.requestSubmit()
    return true
  })()`
}

/** Clicks the link SELECTOR matches, or the first whose text is TEXT. */
export function clickLinkScript(action: ClickLink): string {
  return `(() => {
    const selector = ${JSON.stringify(action.selector ?? null)}
    const text = ${JSON.stringify(action.text ?? null)}
    const link = selector !== null
      ? document.querySelector(selector)
      : [...document.links].find((candidate) => candidate.textContent.trim() === text)
    if (!(link instanceof HTMLElement)) throw new Error('no link ' + (selector ?? text))
    link.click()
    return true
  })()`
}
