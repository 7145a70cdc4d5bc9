// Every fact core can report has a message, and every message formats with its sample
// (message-samples.ts, typed so that a new code or parameter without a sample fails the type
// check); the catalogue's own `satisfies Catalogue` fails it when an id has no message.

import { describe, expect, it } from 'vitest'
import { catalogueEn } from '../../../src/shared/messages/catalogue-en'
import { appMenuEn } from '../../../src/shared/messages/en/app-menu'
import { harEn } from '../../../src/shared/messages/en/har'
import { cookieAttributesEn } from '../../../src/shared/messages/en/cookie-attributes'
import { pagingEn } from '../../../src/shared/messages/en/paging'
import { blockedReasonsEn } from '../../../src/shared/messages/en/blocked-reasons'
import { inspectorEn } from '../../../src/shared/messages/en/inspector'
import { cookieIssuesEn } from '../../../src/shared/messages/en/cookie-issues'
import { lessonChecksEn } from '../../../src/shared/messages/en/lesson-checks'
import { lessonPlayerEn } from '../../../src/shared/messages/en/lesson-player'
import { lineVerdictsEn } from '../../../src/shared/messages/en/line-verdicts'
import { requestStartEn } from '../../../src/shared/messages/en/request-start'
import { spotlightEn } from '../../../src/shared/messages/en/spotlight'
import { timelineEn } from '../../../src/shared/messages/en/timeline'
import { tutorialPagesEn } from '../../../src/shared/messages/en/tutorial-pages'
import { storeChangesEn } from '../../../src/shared/messages/en/store-changes'
import type { Fact } from '../../../src/shared/messages/facts'
import { formatFact, formatMessage } from '../../../src/shared/messages/format-message'
import type { MessageId } from '../../../src/shared/messages/message-ids'
import { lessonProblemsEn } from '../../../src/shared/messages/en/lesson-problems'
import { argumentsOf } from './message-arguments'
import { paramsOf, SAMPLES } from './message-samples'
import { formatAnyMessage, UI_TOPICS_EN } from './ui-topics'

describe('the English catalogue', () => {
  it.each(Object.keys(catalogueEn))('formats %s with its sample', (id) => {
    const entry = catalogueEn[id as MessageId]
    expect(entry.description.trim()).not.toBe('')
    const params = paramsOf(id as MessageId)
    const text = formatAnyMessage(id as MessageId, params)
    expect(text.trim()).not.toBe('')
    // The message uses exactly the parameters it is given: none forgotten, none invented.
    expect([...argumentsOf(entry.message).kinds.keys()].sort()).toEqual(
      Object.keys(params ?? {}).sort(),
    )
  })

  it('holds every topic’s messages, none shadowing another’s id', () => {
    const topics = [
      SAMPLES,
      blockedReasonsEn,
      storeChangesEn,
      inspectorEn,
      cookieIssuesEn,
      lineVerdictsEn,
      lessonChecksEn,
      lessonPlayerEn,
      requestStartEn,
      spotlightEn,
      timelineEn,
      appMenuEn,
      pagingEn,
      tutorialPagesEn,
      harEn,
      cookieAttributesEn,
      lessonProblemsEn,
      ...UI_TOPICS_EN,
    ].map((topic) => Object.keys(topic).length)
    expect(Object.keys(catalogueEn)).toHaveLength(topics.reduce((a, b) => a + b))
  })

  it('formats each fact whole, none left as code', () => {
    for (const fact of Object.values(SAMPLES)) expect(formatFact(fact)).not.toMatch(/[{}]/)
  })

  it('words a nested fact in the same language, and counts with plurals', () => {
    expect(formatFact(SAMPLES.editRefused)).toBe(
      'The browser refused the cookie "tracker": SameSite=None needs Secure, so that a cookie sent cross-site never travels over plain HTTP.',
    )
    expect(formatFact(SAMPLES.editDeleteFailed)).toBe(
      'Could not delete userID from localhost/: it failed (Target closed)',
    )
    expect(formatMessage('controlCharacters', { codes: '0x01, 0x02', count: 2 })).toBe(
      'It contains the control characters 0x01, 0x02, which browsers refuse.',
    )
    expect(formatMessage('captureNotAttached', { command: 'delete' })).toBe(
      'Cannot delete a cookie right now: capture is not attached to the pane.',
    )
  })

  it('fails loudly, not with a half sentence, when a parameter is missing', () => {
    expect(() => formatFact({ code: 'noSuchEntry' } as unknown as Fact)).toThrow(/entryId/)
  })
})
