import { describe, expect, it, vi } from 'vitest'
import { useFileDrop } from './useFileDrop'

const drag = (files = []) => ({ preventDefault: vi.fn(), dataTransfer: { types: ['Files'], files, dropEffect: 'none' } })

describe('useFileDrop', () => {
  it('hovers while files are over the zone, children included, and hands over dropped files', () => {
    const dropped = vi.fn()
    const { dragging, handlers } = useFileDrop(dropped)
    handlers.dragenter(drag())
    handlers.dragenter(drag())
    handlers.dragleave(drag())
    expect(dragging.value).toBe(true)
    const file = new File(['x'], 'a.pdf')
    const event = drag([file])
    handlers.drop(event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(dragging.value).toBe(false)
    expect(dropped).toHaveBeenCalledWith([file])
  })

  it('ignores what is not a file (dragged text)', () => {
    const dropped = vi.fn()
    const { dragging, handlers } = useFileDrop(dropped)
    const text = { preventDefault: vi.fn(), dataTransfer: { types: ['text/plain'], files: [] } }
    handlers.dragenter(text)
    handlers.drop(text)
    expect(dragging.value).toBe(false)
    expect(dropped).not.toHaveBeenCalled()
  })
})
