// Builds the real renderer once for every end-to-end file that opens the UI.
import { buildRenderer } from '../support/build-renderer'

export default async function setup(): Promise<void> {
  await buildRenderer()
}
