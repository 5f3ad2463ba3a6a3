import { createI18n } from 'vue-i18n'

export const SUPPORTED_LOCALES = ['fr', 'en']
export const DEFAULT_LOCALE = 'fr'
export const LOCALE_STORAGE_KEY = 'entraide.locale'

/** `./locales/<lang>/<feature>.json` → `[lang, feature]` */
function parsePath(path) {
  const match = path.match(/\.\/locales\/([^/]+)\/([^/]+)\.json$/)
  return match ? [match[1], match[2]] : null
}

/**
 * locales/<lang>/<feature>.json → { <lang>: { <feature>: {...} } }, bundled with the app.
 * The catalogues of the lazy screens (forum, search, workshops) are left out: see `loadFeatureMessages`.
 */
function bundledMessages() {
  const modules = import.meta.glob(['./locales/*/*.json', '!./locales/*/forum.json', '!./locales/*/search.json', '!./locales/*/workshops.json', '!./locales/*/roadmap.json', '!./locales/*/meetings.json', '!./locales/*/polls.json', '!./locales/*/home.json', '!./locales/*/accessibility.json'], {
    eager: true,
    import: 'default',
  })
  const messages = {}
  for (const [path, content] of Object.entries(modules)) {
    const parsed = parsePath(path)
    if (!parsed) continue
    const [lang, feature] = parsed
    messages[lang] ??= {}
    messages[lang][feature] = content
  }
  return messages
}

export const messages = bundledMessages()

/** Catalogues loaded on demand, with the screens that use them (routes name them in `meta.messages`). */
const lazyModules = import.meta.glob(['./locales/*/forum.json', './locales/*/roadmap.json', './locales/*/search.json', './locales/*/workshops.json', './locales/*/meetings.json', './locales/*/polls.json', './locales/*/home.json', './locales/*/accessibility.json'], { import: 'default' })
const lazyLoaders = {}
for (const [path, loader] of Object.entries(lazyModules)) {
  const parsed = parsePath(path)
  if (!parsed) continue
  lazyLoaders[parsed[0]] ??= {}
  lazyLoaders[parsed[0]][parsed[1]] = loader
}
export const LAZY_FEATURES = [...new Set(Object.values(lazyLoaders).flatMap((byFeature) => Object.keys(byFeature)))]

let activeI18n = null
const loadsByI18n = new WeakMap()

/**
 * Adds the lazy catalogues `features` to `i18n` for the current locale and the fallback (or `locales`).
 * Resolves once they are merged; loading twice is free.
 */
export function loadFeatureMessages(features, { i18n = activeI18n, locales } = {}) {
  if (!i18n || !features?.length) return Promise.resolve()
  const global = i18n.global
  const wanted = locales || [...new Set([global.locale.value, DEFAULT_LOCALE])]
  const loads = loadsByI18n.get(i18n) || new Map()
  loadsByI18n.set(i18n, loads)
  const pending = []
  for (const lang of wanted) {
    for (const feature of new Set(features)) {
      const key = `${lang}/${feature}`
      const loader = lazyLoaders[lang]?.[feature]
      if (!loader) continue
      if (!loads.has(key)) {
        loads.set(
          key,
          loader().then(
            (content) => global.mergeLocaleMessage(lang, { [feature]: content }),
            (error) => {
              loads.delete(key)
              throw error
            },
          ),
        )
      }
      pending.push(loads.get(key))
    }
  }
  return Promise.all(pending).then(() => undefined)
}

function loadedFeatures(i18n) {
  const loads = loadsByI18n.get(i18n)
  return loads ? [...new Set([...loads.keys()].map((key) => key.split('/')[1]))] : []
}

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
  activeI18n = i18n
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
  // The lazy catalogues already in use follow the new language.
  if (activeI18n) loadFeatureMessages(loadedFeatures(activeI18n), { locales: [locale] }).catch(() => {})
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // private mode: the choice lasts for the visit only
  }
  syncDocumentLang(locale)
}
