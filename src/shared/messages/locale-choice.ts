// Which of the app's languages to speak, and what each is called. The first choice comes from
// the system's preferred languages (navigator.languages in the UI, app.getLocale() in Electron's
// main); after that the learner's own choice is kept with the other settings.

import { DEFAULT_LOCALE, LOCALES, type Locale } from './format-message'

/**
 * Each language named in itself, as a language menu names them: a learner who cannot read the
 * current language still finds their own. Not translated, so not in the catalogue.
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
}

/**
 * The first of TAGS (BCP 47, most preferred first) that one of the app's languages serves, by
 * language and script: `zh`, `zh-Hans`, `zh-SG` read Simplified Chinese; `zh-TW` and `zh-HK`
 * (Traditional script) do not, and fall through to the next tag. English when none matches.
 */
export function preferredLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = localeServing(tag)
    if (locale) return locale
  }
  return DEFAULT_LOCALE
}

/** The app's language that serves TAG (same language and script), or null. */
export function localeServing(tag: string): Locale | null {
  const key = languageAndScript(tag)
  return (key && LOCALES.find((locale) => languageAndScript(locale) === key)) || null
}

function languageAndScript(tag: string): string | null {
  try {
    const full = new Intl.Locale(tag).maximize()
    return `${full.language}-${full.script ?? ''}`
  } catch {
    // Not a language tag (a system can report anything): it matches nothing.
    return null
  }
}
