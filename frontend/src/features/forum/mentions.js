/** Characters of a username (see POST /auth/register): the ones an @mention is made of. */
const USERNAME_CHAR = /[A-Za-z0-9._-]/
const MENTION_BEFORE_CARET = /@([A-Za-z0-9._-]{1,30})$/

/**
 * The mention being typed at `caret`, if any: `{ start, query }` where `start` is the index of "@".
 * "@" must start the text or follow a character that cannot be part of a username (so "nom@mediatheque.fr"
 * does not trigger suggestions), and at least one character must follow it.
 */
export function mentionAt(text, caret) {
  if (typeof text !== 'string' || caret == null) return null
  const before = text.slice(0, caret)
  const match = before.match(MENTION_BEFORE_CARET)
  if (!match) return null
  const start = caret - match[0].length
  if (start > 0 && USERNAME_CHAR.test(before[start - 1])) return null
  if (start > 0 && before[start - 1] === '@') return null
  return { start, query: match[1] }
}

/** Replaces the mention typed between `start` and `caret` with "@username " and returns the new text and caret. */
export function insertMention(text, start, caret, username) {
  const after = text.slice(caret)
  const inserted = `@${username} `
  const rest = after.startsWith(' ') ? after.slice(1) : after
  const next = text.slice(0, start) + inserted + rest
  return { text: next, caret: start + inserted.length }
}
