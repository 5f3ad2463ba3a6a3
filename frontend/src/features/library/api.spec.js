import { describe, expect, it } from 'vitest'
import { libraryApi, splitList, exportFileName } from './api'
import { jsonResponse, mockFetch } from '@/test/http-mock'

describe('library API client', () => {
  it('lists with the filters it is given only', async () => {
    const api = mockFetch({ 'GET /api/v1/groups/gt-1/library': jsonResponse(200, { items: [], nextCursor: null }) })
    await libraryApi.list('gt-1', { q: 'tiers-lieux', kind: 'BOOK', theme: '' })
    const url = new URL(api.calls[0].url, 'http://x')
    expect(url.searchParams.get('q')).toBe('tiers-lieux')
    expect(url.searchParams.get('kind')).toBe('BOOK')
    expect(url.searchParams.has('theme')).toBe(false)
  })

  it('fetches an export as text, asking for its format', async () => {
    const api = mockFetch({
      'GET /api/v1/groups/gt-1/library/export': () => new Response('@book{entraide1,\n}', { status: 200, headers: { 'Content-Type': 'application/x-bibtex' } }),
    })
    expect(await libraryApi.exportText('gt-1', 'bibtex')).toContain('@book')
    expect(api.calls[0].headers.Accept).toContain('application/x-bibtex')
    expect(exportFileName('gt-1', 'csl-json')).toBe('bibliotheque-gt-1.json')
  })

  it('splits comma lists, dropping blanks', () => {
    expect(splitList(' Ada Lovelace, ,Collectif ')).toEqual(['Ada Lovelace', 'Collectif'])
    expect(splitList('')).toEqual([])
  })
})
