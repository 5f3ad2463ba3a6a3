import { describe, expect, it } from 'vitest'
import { columnLines, findCard, moveTarget, possibleMoves } from './boardModel'
import { boardView, cardView } from './fixtures'

describe('board model', () => {
  it('lays a column out as lines: grouped cards under their head card', () => {
    const board = boardView()
    board.columns[0].cards.push(cardView({ id: 14, position: 'kV', text: 'Un annuaire', stackId: 11 }))
    const lines = columnLines(board, board.columns[0])
    expect(lines.map((line) => line.card.id)).toEqual([11, 12])
    expect(lines[0].grouped.map((card) => card.id)).toEqual([14])
    expect(findCard(board, 14).text).toBe('Un annuaire')
  })

  it('offers the moves the layout allows', () => {
    const board = boardView()
    expect(possibleMoves(board, 11)).toEqual({ up: false, down: true, left: false, right: true })
    expect(possibleMoves(board, 12)).toEqual({ up: true, down: false, left: false, right: true })
    expect(possibleMoves(board, 13)).toEqual({ up: false, down: false, left: true, right: true })
  })

  it('turns a keyboard move into the card to follow, and where it lands', () => {
    const board = boardView()
    expect(moveTarget(board, 12, 'up')).toEqual({ column: 1, after: null, landing: { columnName: 'Constats', position: 1, count: 2 } })
    expect(moveTarget(board, 11, 'down')).toEqual({ column: 1, after: 12, landing: { columnName: 'Constats', position: 2, count: 2 } })
    expect(moveTarget(board, 11, 'right')).toEqual({ column: 2, after: 13, landing: { columnName: 'Idées', position: 2, count: 2 } })
    expect(moveTarget(board, 13, 'right')).toEqual({ column: 3, after: null, landing: { columnName: 'Actions', position: 1, count: 1 } })
    expect(moveTarget(board, 11, 'up')).toBeNull()
  })

  it('moves a card below a group, not into it', () => {
    const board = boardView()
    board.columns[0].cards.splice(1, 0, cardView({ id: 14, position: 'a', text: 'Un annuaire', stackId: 11 }))
    expect(moveTarget(board, 12, 'up').after).toBeNull()
    expect(moveTarget(board, 11, 'down').after).toBe(12)
    board.columns[0].cards.push(cardView({ id: 15, position: 'z', text: 'Autre' }))
    expect(moveTarget(board, 15, 'up').after).toBe(14)
  })
})
