/** Idea boards: a group's list, and one board with its live columns, summary and history. */
const BOARD_MESSAGES = ['boards']

export default [
  {
    path: '/groups/:slug/boards',
    name: 'boards',
    component: () => import('@/features/boards/views/BoardsView.vue'),
    props: true,
    meta: { titleKey: 'boards.list.shortTitle', messages: BOARD_MESSAGES },
  },
  {
    path: '/groups/:slug/boards/:id(\\d+)',
    name: 'board',
    component: () => import('@/features/boards/views/BoardView.vue'),
    props: true,
    meta: { titleKey: 'boards.page.loadingTitle', messages: BOARD_MESSAGES },
  },
]
