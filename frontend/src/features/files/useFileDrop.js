import { ref } from 'vue'

/**
 * Drag-and-drop onto an element: `dragging` while files hover it, `onDrop(files)` with the dropped files. Bind the
 * returned handlers on the drop zone (`v-on="handlers"`). Leaving a child element does not end the hover.
 */
export function useFileDrop(onDrop) {
  const dragging = ref(false)
  let depth = 0

  const hasFiles = (event) => Array.from(event.dataTransfer?.types || []).includes('Files')

  const handlers = {
    dragenter(event) {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth += 1
      dragging.value = true
    },
    dragover(event) {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    },
    dragleave(event) {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) dragging.value = false
    },
    drop(event) {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth = 0
      dragging.value = false
      const files = Array.from(event.dataTransfer?.files || [])
      if (files.length) onDrop(files)
    },
  }
  return { dragging, handlers }
}
