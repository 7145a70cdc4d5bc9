// Turns a rejected command into words for an inline message. A host sends a fact (a code with
// parameters, see shared/coded-error.ts) encoded in the error's message: the UI words it from the
// catalogue, in the learner's language. Any other message is shown as it is, without the wrapper
// Electron puts around it ("Error invoking remote method 'cookie-lab:command:x': Error: …").

import { carriesFact, decodeErrorMessage } from '../../../shared/coded-error'
import { formatFact, type Locale } from '../../../shared/messages/format-message'
import { messageOf } from '../../../shared/error-message'

const ELECTRON_WRAPPER = /^Error invoking remote method '[^']*':\s*(?:[A-Za-z]*Error:\s*)?/

export function readableError(error: unknown, locale?: Locale): string {
  const message = messageOf(error)
  const fact = decodeErrorMessage(message)
  if (fact) return formatFact(fact, locale)
  const plain = message.replace(ELECTRON_WRAPPER, '').trim()
  // A fact this UI cannot read (another build's code) is no sentence to show either.
  if (plain === '' || carriesFact(plain)) return formatFact({ code: 'hostGaveNoReason' }, locale)
  return plain
}
