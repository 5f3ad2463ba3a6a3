import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createMemoryHistory } from 'vue-router'
import { createPinia, setActivePinia } from 'pinia'
import { LAZY_FEATURES, createAppI18n } from './index'
import { createAppRouter } from '@/router/index'
import { mockFetch, problem } from '@/test/http-mock'

/** Every catalogue, the bundled ones and the lazy ones. */
const messages = {}
for (const [path, content] of Object.entries(import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' }))) {
  const [, lang, feature] = path.match(/\.\/locales\/([^/]+)\/([^/]+)\.json$/)
  messages[lang] ??= {}
  messages[lang][feature] = content
}

const SRC = resolve(__dirname, '..')

function flatten(object, prefix = '') {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === 'object' ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'test' || name === 'locales' ? [] : sourceFiles(path)
    return /\.(vue|js)$/.test(name) && !name.endsWith('.spec.js') ? [path] : []
  })
}

/** Every literal `t('feature.key')` and `'feature.key'` message reference in the sources. */
function usedKeys() {
  const keys = new Set()
  const pattern = /'((?:common|auth|groups|profile|admin|invitations|forum|notifications|search|workshops|meetings|polls|roadmap|home|accessibility)\.[A-Za-z0-9_.]+)'/g
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      if (!match[1].endsWith('.')) keys.add(match[1])
    }
  }
  return [...keys]
}

describe('i18n catalogues', () => {
  it('French and English define exactly the same keys', () => {
    const fr = flatten(messages.fr).sort()
    const en = flatten(messages.en).sort()
    expect(fr.length).toBeGreaterThan(100)
    expect(en).toEqual(fr)
  })

  it('every key used in the sources exists', () => {
    const fr = new Set(flatten(messages.fr))
    const used = usedKeys()
    expect(used.length).toBeGreaterThan(150)
    const missing = used.filter((key) => !fr.has(key))
    expect(missing).toEqual([])
  })

  it('dynamic enum keys exist (roles, policies, visibility, digest, watch levels)', () => {
    const fr = new Set(flatten(messages.fr))
    const dynamic = [
      ...['MEMBER', 'COORDINATOR'].map((v) => `groups.role.${v}`),
      ...['OPEN', 'APPROVAL', 'INVITE'].map((v) => `groups.joinPolicy.${v}`),
      ...['PUBLIC', 'PRIVATE'].map((v) => `groups.visibility.${v}`),
      ...['IMMEDIATE', 'DAILY', 'NEVER'].map((v) => `profile.details.digest.${v}`),
      ...['IMMEDIATE', 'DAILY', 'NEVER'].map((v) => `profile.notifications.help.${v}`),
      ...['WATCHING', 'WATCHING_FIRST_POST', 'TRACKING', 'NORMAL', 'MUTED'].flatMap((v) => [`forum.levels.${v}.label`, `forum.levels.${v}.help`]),
      ...['WAITING', 'ACTIONABLE', 'IN_PROGRESS', 'DONE', 'DROPPED'].flatMap((v) => [`roadmap.status.${v}`, `roadmap.statusInline.${v}`, `roadmap.legend.${v}`, `roadmap.progress.count.${v}`]),
      'common.language.fr',
      'common.language.en',
    ]
    expect(dynamic.filter((key) => !fr.has(key))).toEqual([])
  })

  it('lazy catalogues (forum, search) stay out of the bundle and arrive with the routes that need them', async () => {
    setActivePinia(createPinia())
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    expect(LAZY_FEATURES.sort()).toEqual(['accessibility', 'forum', 'home', 'meetings', 'polls', 'roadmap', 'search', 'workshops'])
    const i18n = createAppI18n('en')
    expect(i18n.global.te('forum.title')).toBe(false)
    const router = createAppRouter(createMemoryHistory())
    await router.push('/groups/mediatheques-tiers-lieux/forum')
    expect(i18n.global.te('forum.title')).toBe(true)
    expect(i18n.global.t('forum.levels.WATCHING.label')).toBe('Watching')
    expect(i18n.global.te('search.label', 'fr')).toBe(true)
  })
})
