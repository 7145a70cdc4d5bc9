// A lesson's script runs in the pane's page only: in an isolated world (the page's own scripts
// cannot see or change its variables, and it cannot see theirs), bound to the page it was meant
// for. The binding holds because an isolated world's execution context belongs to one document:
// the page's address is read in that context, and the script then runs in that same context, so a
// navigation in between destroys the context and the script never runs anywhere else. Both hosts
// speak CDP to the pane (Electron's debugger, Playwright's session), so this is one code path.

import { CodedError } from '../../shared/coded-error'
import type { BoundScriptFailure } from '../../shared/messages/facts'
import type { CdpConnection } from '../capture/cdp-connection'
import { messageOf } from '../../shared/error-message'

/** The world's name, shown in DevTools' context picker. */
const WORLD_NAME = 'Cookie Lab lesson'

/** Why a lesson's script did not run, or failed, as a fact: the player words it for the learner. */
export class BoundScriptError extends CodedError<BoundScriptFailure> {
  override name = 'BoundScriptError'
}

/**
 * Runs SOURCE (an expression; a promise is awaited) in the page the pane shows, when that page's
 * origin and path are EXPECTEDPAGE's (the query may differ); resolves with its JSON value.
 */
export async function runBoundScript(
  connection: CdpConnection,
  expectedPage: string,
  source: string,
): Promise<unknown> {
  const expected = new URL(expectedPage)
  const { frameTree } = await connection.send('Page.getFrameTree')
  const { executionContextId: contextId } = await connection.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: WORLD_NAME,
  })
  const shown = new URL(String(await evaluate(connection, contextId, 'location.href')))
  if (shown.origin !== expected.origin || shown.pathname !== expected.pathname) {
    throw new BoundScriptError({
      code: 'scriptOnOtherPage',
      params: { expected: `${expected.origin}${expected.pathname}`, shown: shown.href },
    })
  }
  return evaluate(connection, contextId, source)
}

async function evaluate(connection: CdpConnection, contextId: number, expression: string) {
  let answer
  try {
    answer = await connection.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })
  } catch (error) {
    // "Cannot find context with specified id": the page went away, and the script with it.
    throw new BoundScriptError({ code: 'scriptPageChanged', params: { detail: messageOf(error) } })
  }
  if (answer.exceptionDetails) {
    const thrown = answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text
    throw new BoundScriptError({ code: 'scriptFailedInPage', params: { thrown } })
  }
  return answer.result.value
}
