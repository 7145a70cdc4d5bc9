// Builds the app once, as it ships, for the tests that read or run the built bundles
// (electron-build, shell-wiring).
import { buildApp } from '../support/build-renderer'

export default async function setup(): Promise<void> {
  await buildApp()
}
