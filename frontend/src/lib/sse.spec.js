import { describe, expect, it } from 'vitest'
import { createSseParser, readEventStream } from './sse'

function collect(chunks) {
  const events = []
  const parser = createSseParser((e) => events.push(e))
  for (const chunk of chunks) parser.push(chunk)
  parser.end()
  return events
}

const STREAM =
  ': keep-alive\n\n' +
  'event: notification\n' +
  'data: {"unreadCount": 3,\n' +
  'data:  "notification": {"id": 7, "title": "Léa vous a mentionné"}}\n' +
  '\n' +
  ':another comment\r\n' +
  'id: 42\r\n' +
  'data:plain\r\n' +
  '\r\n'

describe('SSE parser', () => {
  it('parses events, ignores comments, joins multi-line data with \\n', () => {
    const events = collect([STREAM])
    expect(events).toEqual([
      { event: 'notification', data: '{"unreadCount": 3,\n "notification": {"id": 7, "title": "Léa vous a mentionné"}}', id: '' },
      { event: 'message', data: 'plain', id: '42' },
    ])
    expect(JSON.parse(events[0].data).notification.id).toBe(7)
  })

  it('gives the same events whatever the chunk boundaries (including inside CRLF)', () => {
    const expected = collect([STREAM])
    for (let size = 1; size <= 7; size += 1) {
      const chunks = []
      for (let i = 0; i < STREAM.length; i += size) chunks.push(STREAM.slice(i, i + size))
      expect(collect(chunks)).toEqual(expected)
    }
    // Every single split point.
    for (let i = 1; i < STREAM.length; i += 1) {
      expect(collect([STREAM.slice(0, i), STREAM.slice(i)])).toEqual(expected)
    }
  })

  it('handles bare CR line endings, a BOM, fields without a colon and data without a space', () => {
    const events = collect(['\uFEFFevent: ping\rdata\rdata:x\r\r'])
    expect(events).toEqual([{ event: 'ping', data: '\nx', id: '' }])
  })

  it('does not dispatch an event without data, nor one cut before its blank line', () => {
    expect(collect(['event: notification\n\n'])).toEqual([])
    expect(collect(['event: notification\ndata: {"unreadCount":1}\n'])).toEqual([])
  })

  it('reports retry: and keeps the event type for one event only', () => {
    const retries = []
    const events = []
    const parser = createSseParser((e) => events.push(e), { onRetry: (ms) => retries.push(ms) })
    parser.push('retry: 5000\nevent: notification\ndata: a\n\ndata: b\n\n')
    expect(retries).toEqual([5000])
    expect(events.map((e) => e.event)).toEqual(['notification', 'message'])
  })

  it('reads a fetch body of bytes, even with a multi-byte character split across chunks', async () => {
    const bytes = new TextEncoder().encode('event: notification\ndata: {"title":"Réponse à « Notons ici »"}\n\n')
    const cut = bytes.indexOf(0xc3) + 1 // inside the two bytes of "é"
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut))
        controller.enqueue(bytes.slice(cut))
        controller.close()
      },
    })
    const events = []
    let chunks = 0
    await readEventStream(body, (e) => events.push(e), { onChunk: () => (chunks += 1) })
    expect(chunks).toBe(2)
    expect(JSON.parse(events[0].data).title).toBe('Réponse à « Notons ici »')
  })
})
