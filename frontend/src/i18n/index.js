import { createI18n } from 'vue-i18n'

export const SUPPORTED_LOCALES = ['fr', 'en']
export const DEFAULT_LOCALE = 'fr'
export const LOCALE_STORAGE_KEY = 'entraide.locale'

/** locales/<lang>/<feature>.json → { <lang>: { <feature>: {...} } } */
function loadMessages() {
  const modules = import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' })
  const messages = {}
  for (const [path, content] of Object.entries(modules)) {
    const match = path.match(/\.\/locales\/([^/]+)\/([^/]+)\.json$/)
    if (!match) continue
    const [, lang, feature] = match
    messages[lang] ??= {}
    messages[lang][feature] = content
  }
  return messages
}

export const messages = loadMessages()

export function storedLocale() {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY)
    return SUPPORTED_LOCALES.includes(value) ? value : null
  } catch {
    return null
  }
}

export function createAppI18n(locale = storedLocale() || DEFAULT_LOCALE) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
  syncDocumentLang(locale)
  return i18n
}

export function syncDocumentLang(locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

/**
 * Switches the UI language, remembers it and keeps <html lang> in sync.
 * `localeRef` is the `locale` of useI18n() (the global composer) or `i18n.global.locale`.
 */
export function setLocale(localeRef, locale) {
  if (!SUPPORTED_LOCALES.includes(locale)) return
  localeRef.value = locale
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // private mode: the choice lasts for the visit only
  }
  syncDocumentLang(locale)
}
