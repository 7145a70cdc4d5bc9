// The tutorial server's public face: what the app's main process, the CLI and tests use.

export {
  LISTEN_HOST,
  MAX_BODY_BYTES,
  MAX_HEADER_BYTES,
  PortInUseError,
  startTutorialServer,
  type TutorialCertificate,
  type TutorialServer,
  type TutorialServerOptions,
} from './tutorial-server'
export {
  ACCEPT_CERTIFICATE,
  chromiumTrustSwitch,
  tutorialCertificateVerdict,
  USE_CHROMIUM_VERDICT,
} from './certificate-trust'
export { dumpCookie, httpDate, parseCookieHeader, firstCookie } from './werkzeug-cookie'
