/**
 * The board as the screen lays it out, and the keyboard moves: pure functions of a BoardView, unit-tested.
 * Cards of a column come in their server order (positions); a card put in a group shows under its head card.
 */

/** The column's cards that head their line (not in a group), each with the cards grouped under it. */
export function columnLines(board, column) {
  const inBoard = new Set(board.columns.flatMap((col) => col.cards.map((card) => card.id)))
  const heads = column.cards.filter((card) => !card.stackId || !inBoard.has(card.stackId))
  const grouped = board.columns.flatMap((col) => col.cards).filter((card) => card.stackId && inBoard.has(card.stackId))
  return heads.map((card) => ({ card, grouped: grouped.filter((other) => other.stackId === card.id) }))
}

function locate(board, cardId) {
  for (let index = 0; index < board.columns.length; index++) {
    const lines = columnLines(board, board.columns[index])
    const line = lines.findIndex((l) => l.card.id === cardId)
    if (line !== -1) return { columnIndex: index, lines, line }
  }
  return null
}

/** Which moves make sense for a card heading its line: `{up, down, left, right}`. */
export function possibleMoves(board, cardId) {
  const at = locate(board, cardId)
  if (!at) return { up: false, down: false, left: false, right: false }
  return {
    up: at.line > 0,
    down: at.line < at.lines.length - 1,
    left: at.columnIndex > 0,
    right: at.columnIndex < board.columns.length - 1,
  }
}

/**
 * The PATCH body of a keyboard move (`{column, after}`, after null for the top) and where the card lands
 * (`{columnName, position, count}` for the announcement); null when the move is not possible.
 */
export function moveTarget(board, cardId, direction) {
  const at = locate(board, cardId)
  if (!at || !possibleMoves(board, cardId)[direction]) return null
  const column = board.columns[at.columnIndex]
  const lastOf = (line) => (line.grouped.length ? line.grouped[line.grouped.length - 1].id : line.card.id)
  if (direction === 'up') {
    return {
      column: column.id,
      after: at.line >= 2 ? lastOf(at.lines[at.line - 2]) : null,
      landing: { columnName: column.name, position: at.line, count: at.lines.length },
    }
  }
  if (direction === 'down') {
    return {
      column: column.id,
      after: lastOf(at.lines[at.line + 1]),
      landing: { columnName: column.name, position: at.line + 2, count: at.lines.length },
    }
  }
  const target = board.columns[at.columnIndex + (direction === 'left' ? -1 : 1)]
  const lines = columnLines(board, target)
  return {
    column: target.id,
    after: lines.length ? lastOf(lines[lines.length - 1]) : null,
    landing: { columnName: target.name, position: lines.length + 1, count: lines.length + 1 },
  }
}

/** The card by id, wherever it is. */
export function findCard(board, cardId) {
  return board?.columns.flatMap((column) => column.cards).find((card) => card.id === cardId) ?? null
}
