// The lessons that ship with the app, as their files' text, built into every host: Vite (Electron
// main, vitest) and the browser host's esbuild (a `?raw` plugin in scripts/build-browser-host.mjs)
// inline each file; under tsx, scripts/raw-text-import.mjs does. The app reads them with the same
// reader as a teacher's file (lesson-desk.ts). A unit test holds this list equal to the folder's
// files, which `npm run lesson -- verify --all` runs.

import setGetDelete from './01-set-get-delete.yaml?raw'
import whatTheServerSees from './02-what-the-server-sees.yaml?raw'
import javascriptAndCookies from './03-javascript-and-cookies.yaml?raw'
import lifetimes from './04-lifetimes.yaml?raw'
import path from './05-path.yaml?raw'
import domain from './06-domain.yaml?raw'
import sameSite from './07-samesite.yaml?raw'
import secureAndPrefixes from './08-secure-and-prefixes.yaml?raw'
import partitionedCookies from './09-partitioned-cookies.yaml?raw'
import whyRefused from './10-why-refused.yaml?raw'

export interface LessonFileText {
  fileName: string
  text: string
}

/** In teaching order, as the numbers in the file names say. */
export const BUILT_IN_LESSON_TEXTS: readonly LessonFileText[] = [
  { fileName: '01-set-get-delete.yaml', text: setGetDelete },
  { fileName: '02-what-the-server-sees.yaml', text: whatTheServerSees },
  { fileName: '03-javascript-and-cookies.yaml', text: javascriptAndCookies },
  { fileName: '04-lifetimes.yaml', text: lifetimes },
  { fileName: '05-path.yaml', text: path },
  { fileName: '06-domain.yaml', text: domain },
  { fileName: '07-samesite.yaml', text: sameSite },
  { fileName: '08-secure-and-prefixes.yaml', text: secureAndPrefixes },
  { fileName: '09-partitioned-cookies.yaml', text: partitionedCookies },
  { fileName: '10-why-refused.yaml', text: whyRefused },
]
