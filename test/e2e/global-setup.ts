// Builds the real renderer and the browser host (its UI preload) once for every end-to-end file.
import { buildBrowserHost } from '../../scripts/build-browser-host.mjs'
import { buildRenderer } from '../support/build-renderer'
import { BROWSER_HOST_TEST_DIR } from '../support/lab-harness'

export default async function setup(): Promise<void> {
  await buildRenderer()
  await buildBrowserHost(BROWSER_HOST_TEST_DIR)
}
