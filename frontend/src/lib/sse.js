/**
 * A Server-Sent Events parser that follows the WHATWG "event stream interpretation" rules, for streams
 * read with fetch() (EventSource cannot send an Authorization header).
 * Feed it text chunks split anywhere; it calls `onEvent({ event, data, id })` for each complete event.
 * Comment lines (": keep-alive") are ignored; multi-line `data:` fields are joined with "\n".
 * `onRetry(ms)` is called for a `retry:` field.
 */
export function createSseParser(onEvent, { onRetry } = {}) {
  let buffer = ''
  let eventType = ''
  let dataLines = []
  let lastEventId = ''
  let start = true

  function dispatch() {
    if (dataLines.length === 0) {
      eventType = ''
      return
    }
    const event = { event: eventType || 'message', data: dataLines.join('\n'), id: lastEventId }
    eventType = ''
    dataLines = []
    onEvent(event)
  }

  function processLine(line) {
    if (line === '') return dispatch()
    if (line.startsWith(':')) return // comment, e.g. ": keep-alive"
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') eventType = value
    else if (field === 'data') dataLines.push(value)
    else if (field === 'id') {
      if (!value.includes('\0')) lastEventId = value
    } else if (field === 'retry') {
      if (/^\d+$/.test(value) && onRetry) onRetry(Number(value))
    }
  }

  function push(chunk) {
    buffer += chunk
    if (start && buffer.length) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1)
      start = false
    }
    let index = 0
    while (index < buffer.length) {
      const cr = buffer.indexOf('\r', index)
      const lf = buffer.indexOf('\n', index)
      if (cr === -1 && lf === -1) break
      let end
      let next
      if (lf !== -1 && (cr === -1 || lf < cr)) {
        end = lf
        next = lf + 1
      } else {
        // A CR at the very end may be the first half of a CRLF split across chunks: wait for more.
        if (cr === buffer.length - 1) break
        end = cr
        next = buffer[cr + 1] === '\n' ? cr + 2 : cr + 1
      }
      processLine(buffer.slice(index, end))
      index = next
    }
    buffer = buffer.slice(index)
  }

  /** The stream ended: a pending CR ends its line; an event without its blank line is dropped (per spec). */
  function end() {
    if (buffer.endsWith('\r')) {
      processLine(buffer.slice(0, -1))
      buffer = ''
    }
    buffer = ''
    dataLines = []
    eventType = ''
  }

  return { push, end }
}

/**
 * Reads a fetch() body (ReadableStream of bytes) as an event stream until it ends or is aborted.
 * `onChunk` is called whenever bytes arrive (comments included), e.g. to feed a keep-alive watchdog.
 */
export async function readEventStream(body, onEvent, { onChunk, onRetry } = {}) {
  const reader = body.getReader()
  const decoder = new TextDecoder('utf-8')
  const parser = createSseParser(onEvent, { onRetry })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      onChunk?.()
      parser.push(typeof value === 'string' ? value : decoder.decode(value, { stream: true }))
    }
    parser.push(decoder.decode())
    parser.end()
  } finally {
    try {
      reader.releaseLock()
    } catch {
      // already released
    }
  }
}
