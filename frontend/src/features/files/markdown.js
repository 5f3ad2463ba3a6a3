/** Short names of the document types we accept, for link texts ("PDF, 1,2 Mo"). */
const TYPE_NAMES = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/epub+zip': 'EPUB',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
}

export function typeName(contentType) {
  if (!contentType) return ''
  if (TYPE_NAMES[contentType]) return TYPE_NAMES[contentType]
  const sub = contentType.split('/')[1] || contentType
  return sub.replace(/^x-/, '').toUpperCase()
}

/** A size for people: "830 o", "12 ko", "1,2 Mo" in French; "830 B", "12 kB", "1.2 MB" in English. */
export function formatSize(bytes, locale = 'fr') {
  const units = locale.startsWith('fr') ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB']
  let value = Number(bytes) || 0
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}

/** Markdown has no escape for every character of a name; brackets and backslashes are the ones that break links. */
function escapeText(text) {
  return String(text ?? '').replace(/([\\[\]*_`])/g, '\\$1').replace(/\s+/g, ' ').trim()
}

/**
 * What the editor inserts for an uploaded file: an image inline, with its alt text, from its resized variant;
 * any other file as a link named by its name, with its type and size.
 */
export function markdownFor(file, locale = 'fr') {
  if (file.width && file.previewUrl) {
    return `![${escapeText(file.alt)}](${file.previewUrl})`
  }
  return `[${escapeText(file.name)}](${file.url}) (${typeName(file.contentType)}, ${formatSize(file.size, locale)})`
}
