import { http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const id = (value) => encodeURIComponent(value)

/** Subscription levels of the bell, most to least talkative. Threads have no WATCHING_FIRST_POST. */
export const CATEGORY_LEVELS = ['WATCHING', 'WATCHING_FIRST_POST', 'TRACKING', 'NORMAL', 'MUTED']
export const THREAD_LEVELS = CATEGORY_LEVELS.filter((level) => level !== 'WATCHING_FIRST_POST')

export const forumApi = {
  // Categories ("rubriques")
  categories: (slug) => http.get(`${g(slug)}/categories`),
  createCategory: (slug, { name, slug: categorySlug, description }) =>
    http.post(`${g(slug)}/categories`, { name, slug: categorySlug || undefined, description: description || undefined }),
  updateCategory: (categoryId, changes) => http.patch(`/categories/${id(categoryId)}`, changes),
  deleteCategory: (categoryId) => http.delete(`/categories/${id(categoryId)}`),
  watchCategory: (categoryId, level) => http.put(`/categories/${id(categoryId)}/subscription`, { level }),
  setDefaultSubscription: (slug, categoryId, level) =>
    http.put(`${g(slug)}/categories/${id(categoryId)}/default-subscription`, { level }),

  // Threads
  threads: (slug, { category, limit = 20, cursor } = {}) => http.get(`${g(slug)}/threads`, { query: { category, limit, cursor } }),
  createThread: (slug, { category, title, body }) => http.post(`${g(slug)}/threads`, { category, title, body }),
  thread: (threadId) => http.get(`/threads/${id(threadId)}`),
  updateThread: (threadId, changes) => http.patch(`/threads/${id(threadId)}`, changes),
  deleteThread: (threadId) => http.delete(`/threads/${id(threadId)}`),
  watchThread: (threadId, level) => http.put(`/threads/${id(threadId)}/subscription`, { level }),
  markRead: (threadId, lastReadPostId) => http.post(`/threads/${id(threadId)}/read`, { lastReadPostId }),

  // Posts
  posts: (threadId, { limit = 50, cursor } = {}) => http.get(`/threads/${id(threadId)}/posts`, { query: { limit, cursor } }),
  createPost: (threadId, { body, replyToId }) => http.post(`/threads/${id(threadId)}/posts`, { body, replyToId: replyToId ?? undefined }),
  updatePost: (postId, { body, version }) => http.patch(`/posts/${id(postId)}`, { body, version }),
  deletePost: (postId) => http.delete(`/posts/${id(postId)}`),
  preview: (body) => http.post('/posts/preview', { body }),
}
