import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { messages } from './index'

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
  const pattern = /'((?:common|auth|groups|profile|admin|invitations)\.[A-Za-z0-9_.]+)'/g
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

  it('dynamic enum keys exist (roles, policies, visibility, digest)', () => {
    const fr = new Set(flatten(messages.fr))
    const dynamic = [
      ...['MEMBER', 'COORDINATOR'].map((v) => `groups.role.${v}`),
      ...['OPEN', 'APPROVAL', 'INVITE'].map((v) => `groups.joinPolicy.${v}`),
      ...['PUBLIC', 'PRIVATE'].map((v) => `groups.visibility.${v}`),
      ...['IMMEDIATE', 'DAILY', 'NEVER'].map((v) => `profile.details.digest.${v}`),
      'common.language.fr',
      'common.language.en',
    ]
    expect(dynamic.filter((key) => !fr.has(key))).toEqual([])
  })
})
