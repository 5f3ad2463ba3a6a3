import { http } from '@/lib/http'

/** The mails kept by the one-command local mode (no SMTP server), newest first. */
export const localMailboxApi = {
  list: ({ to, limit = 50 } = {}) => http.get('/local/mailbox', { query: { to: to || undefined, limit }, auth: false }),
}

/** Splits a mail's text into plain parts and links, so that links can be followed without rendering HTML. */
export function textWithLinks(text) {
  const parts = []
  const pattern = /https?:\/\/[^\s<>"]+/g
  let last = 0
  for (const match of (text || '').matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) })
    parts.push({ link: match[0] })
    last = match.index + match[0].length
  }
  if (last < (text || '').length) parts.push({ text: text.slice(last) })
  return parts
}
