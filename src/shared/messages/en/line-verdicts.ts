// A Set-Cookie line's verdict once checked against the store, in English: the timeline chip's
// short words and the detail view's sentences. The facts themselves (what the store holds, the
// inferred cause) are in `facts.ts`. Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { LineVerdictMessageId } from '../message-ids'

const SHORT_CAUSE =
  'The timeline chip: a few words for the likely cause of a Set-Cookie line the store does not hold, after "inferred:".'

export const lineVerdictsEn = {
  'verdict.notStored': {
    message: 'not stored, no reason given',
    description:
      'The timeline chip of a Set-Cookie line the browser reported no reason against, but the store does not hold.',
  },
  'verdict.inferred': {
    message: 'inferred',
    description:
      'A mark next to a cause capture guessed from the line, not one the browser reported. One word.',
  },
  'verdict.inferredTitle': {
    message:
      'Not stored, and the browser gave no reason: the store right after this response does not hold {name}.',
    description:
      'The detail view, first sentence about such a line. {name}: the cookie name on the line.',
  },
  'verdict.inferredLead': {
    message: 'Most likely cause, read from the line itself (the browser did not say):',
    description: 'The detail view: introduces the inferred cause.',
  },
  'verdict.heldTitle': {
    message: 'What the line asked for, and what the store holds:',
    description:
      'The detail view: introduces the ways the stored cookie differs from its Set-Cookie line.',
  },
  'verdict.capped': {
    message: 'capped at {days} days: until {held, date, medium}, not {asked, date, medium}',
    description:
      'The timeline chip of a Set-Cookie line whose lifetime the browser shortened. {held}: the date the store keeps it until; {asked}: the date the line asked; {days}: 400.',
  },
  'verdict.storedAs': {
    message: 'stored as “{value}”',
    description:
      'The timeline chip: the browser kept another value than the line set. {value}: it.',
  },
  'verdict.storedHostOnly': {
    message: 'stored host-only',
    description:
      'The timeline chip: a line with Domain equal to its host was stored as if it had no Domain.',
  },
  'verdict.storedFor': {
    message: 'stored for {domain}',
    description: 'The timeline chip: the browser rewrote the Domain. {domain}: as stored.',
  },
  'verdict.replaced': {
    message: 'replaced before the store was read',
    description:
      'The timeline chip: a later line wrote the same cookie before capture could see this one.',
  },
  'verdict.replacedDetail': {
    message:
      'A later line for the same cookie ({where, select, here {further down this response} other {in a later response}}) replaced it before capture read the store, so the store was never seen holding this value.',
    description:
      'The detail view of such a line. {where}: "here" when the later line is in the same response.',
  },
  'verdict.cause.inferredPartitionedWithoutSecure': {
    message: 'Partitioned without Secure',
    description: SHORT_CAUSE,
  },
  'verdict.cause.inferredValueNotUtf8': {
    message: 'a byte that is not UTF-8',
    description: SHORT_CAUSE,
  },
  'verdict.cause.inferredPrefixRules': {
    message: 'the {prefix} prefix rules',
    description: `${SHORT_CAUSE} {prefix}: like "__Host-".`,
  },
  'verdict.cause.inferredCrowdedSite': {
    message: 'too many cookies for the site',
    description: SHORT_CAUSE,
  },
  'verdict.cause.inferredNoCause': {
    message: 'no cause on the line',
    description: SHORT_CAUSE,
  },
} as const satisfies Record<LineVerdictMessageId, CatalogueEntry>
