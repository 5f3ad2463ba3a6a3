/** Hands a text to the browser as a file download (the API needs the bearer token, so no plain link). */
export function downloadText(text, filename, type) {
  const blob = new Blob([text ?? ''], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked a moment later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
