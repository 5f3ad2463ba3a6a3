/**
 * What a person's sign-up to a workshop means, as one message key and a badge tone. A cancelled workshop never
 * reads "confirmé·e", whatever registration remains; a waitlisted person always sees their rank.
 */
export function registrationState(workshop) {
  const mine = workshop?.myRegistration
  if (workshop?.status === 'CANCELLED') return { key: 'workshops.registration.cancelledWorkshop', params: {}, tone: 'danger' }
  if (!mine) return { key: 'workshops.registration.none', params: {}, tone: 'neutral' }
  if (mine.status === 'CONFIRMED') return { key: 'workshops.registration.confirmed', params: {}, tone: 'success' }
  if (mine.status === 'WAITLISTED') {
    if (workshop.status === 'CLOSED') return { key: 'workshops.registration.pastWaitlisted', params: {}, tone: 'neutral' }
    return { key: 'workshops.registration.waitlisted', params: { position: mine.position ?? '?' }, tone: 'warning' }
  }
  return { key: 'workshops.registration.none', params: {}, tone: 'neutral' }
}

/** Badge tone of a workshop status. */
export const STATUS_TONES = { OPEN: 'success', FULL: 'warning', CLOSED: 'neutral', CANCELLED: 'danger' }

/** Sign-up is possible while the workshop has not started and is not cancelled. */
export const isOpenForSignUp = (workshop) => workshop?.status === 'OPEN' || workshop?.status === 'FULL'
