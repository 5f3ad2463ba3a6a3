import { http } from '@/lib/http'
import { upload } from '@/lib/upload'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`

export const filesApi = {
  /** Uploads one file to a group; `alt` for images; `onProgress(fraction)`. Resolves with the file's view. */
  upload: (slug, file, { alt, onProgress, signal } = {}) => {
    const form = new FormData()
    form.append('file', file, file.name)
    if (alt) form.append('alt', alt)
    return upload(`${g(slug)}/files`, form, { onProgress, signal })
  },
  /** Count, total bytes and the most recent files of a group (coordinators). */
  usage: (slug) => http.get(`${g(slug)}/files/usage`),
  remove: (fileId) => http.delete(`/files/${encodeURIComponent(fileId)}`),
}
