/** Each feature declares its screens in features/<feature>/routes.js; the router puts them together. */
import homeRoutes from '@/features/home/routes'
import groupsRoutes from '@/features/groups/routes'
import moderationRoutes from '@/features/moderation/routes'
import forumRoutes from '@/features/forum/routes'
import workshopsRoutes from '@/features/workshops/routes'
import meetingsRoutes from '@/features/meetings/routes'
import pollsRoutes from '@/features/polls/routes'
import roadmapRoutes from '@/features/roadmap/routes'
import boardsRoutes from '@/features/boards/routes'
import searchRoutes from '@/features/search/routes'
import localRoutes from '@/features/local/routes'
import notificationsRoutes from '@/features/notifications/routes'
import accountsRoutes from '@/features/accounts/routes'
import invitationsRoutes from '@/features/invitations/routes'
import adminRoutes from '@/features/admin/routes'
import accessibilityRoutes from '@/features/accessibility/routes'
import libraryRoutes from '@/features/library/routes'
import placesRoutes from '@/features/places/routes'
import errorsRoutes from '@/features/errors/routes'

export const routes = [
  ...homeRoutes,
  ...groupsRoutes,
  ...moderationRoutes,
  ...forumRoutes,
  ...workshopsRoutes,
  ...meetingsRoutes,
  ...pollsRoutes,
  ...roadmapRoutes,
  ...boardsRoutes,
  ...searchRoutes,
  ...localRoutes,
  ...notificationsRoutes,
  ...accountsRoutes,
  ...invitationsRoutes,
  ...adminRoutes,
  ...accessibilityRoutes,
  ...libraryRoutes,
  ...placesRoutes,
  ...errorsRoutes,
]
