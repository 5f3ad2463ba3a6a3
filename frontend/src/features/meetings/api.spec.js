import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { MEETING_KINDS, RSVP_RESPONSES, feedUrl, meetingsApi, webcalUrl } from './api'
import { CHOICES, pollsApi, votesBody } from '@/features/polls/api'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

const ok = (call) => jsonResponse(200, { echo: call.body ?? null })
const recordAll = () => mockFetch(new Proxy({}, { get: () => ok, has: () => true }))
const SLUG = 'mediatheques-tiers-lieux'

describe('meetings and polls API clients', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().setSession(session(me(), 'tok'))
  })

  it('enumerations follow the API', () => {
    expect(MEETING_KINDS).toEqual(['REUNION', 'ONBOARDING', 'STUDY_DAY', 'LEARNING_TRIP', 'OTHER'])
    expect(RSVP_RESPONSES).toEqual(['YES', 'MAYBE', 'NO'])
    expect(CHOICES).toEqual(['YES', 'IF_NEED_BE', 'NO'])
  })

  it('meetings: agenda (upcoming or a period), create without empty fields, get, patch, cancel, rsvp, attendees, ics', async () => {
    const { calls } = recordAll()
    await meetingsApi.list(SLUG)
    await meetingsApi.list(SLUG, { from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' })
    await meetingsApi.create(SLUG, {
      title: 'Séance de retrouvailles',
      kind: 'ONBOARDING',
      description: '',
      startsAt: '2026-11-14T12:00:00.000Z',
      endsAt: '2026-11-14T14:00:00.000Z',
      timezone: 'Europe/Paris',
      onlineUrl: 'https://teams.example/rejoindre',
      location: '',
      capacity: null,
    })
    await meetingsApi.get(7)
    await meetingsApi.update(7, { title: 'Retrouvailles', version: 2 })
    await meetingsApi.cancel(7, 'Reportée')
    await meetingsApi.rsvp(7, 'MAYBE')
    await meetingsApi.attendees(7)
    await meetingsApi.ics(7)
    await meetingsApi.calendarToken()
    await meetingsApi.revokeCalendarToken()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET /api/v1/groups/${SLUG}/meetings`,
      `GET /api/v1/groups/${SLUG}/meetings?from=2026-10-31T23%3A00%3A00.000Z&to=2026-11-30T23%3A00%3A00.000Z`,
      `POST /api/v1/groups/${SLUG}/meetings`,
      'GET /api/v1/meetings/7',
      'PATCH /api/v1/meetings/7',
      'POST /api/v1/meetings/7/cancel',
      'PUT /api/v1/meetings/7/rsvp',
      'GET /api/v1/meetings/7/attendees',
      'GET /api/v1/meetings/7/ics',
      'GET /api/v1/me/calendar-token',
      'DELETE /api/v1/me/calendar-token',
    ])
    expect(calls[2].body).toEqual({
      title: 'Séance de retrouvailles',
      kind: 'ONBOARDING',
      startsAt: '2026-11-14T12:00:00.000Z',
      endsAt: '2026-11-14T14:00:00.000Z',
      timezone: 'Europe/Paris',
      onlineUrl: 'https://teams.example/rejoindre',
    })
    expect(calls[4].body).toEqual({ title: 'Retrouvailles', version: 2 })
    expect(calls[5].body).toEqual({ reason: 'Reportée' })
    expect(calls[6].body).toEqual({ response: 'MAYBE' })
    expect(calls[8].headers.Accept).toContain('text/calendar')
    expect(calls[8].headers.Authorization).toBe('Bearer tok')
    expect(meetingsApi.icsUrl(7)).toBe('/api/v1/meetings/7/ics')
  })

  it('feed addresses: https with the token, and webcal://', () => {
    const url = feedUrl(SLUG, 'a+b/c', 'https://entraide.example')
    expect(url).toBe(`https://entraide.example/api/v1/groups/${SLUG}/calendar.ics?token=a%2Bb%2Fc`)
    expect(webcalUrl(url)).toBe(`webcal://entraide.example/api/v1/groups/${SLUG}/calendar.ics?token=a%2Bb%2Fc`)
    expect(feedUrl(SLUG, '', 'http://localhost:4173')).toBe(`http://localhost:4173/api/v1/groups/${SLUG}/calendar.ics`)
  })

  it('polls: list, create (date and text options), get, votes, close into a meeting', async () => {
    const { calls } = recordAll()
    await pollsApi.list(SLUG)
    await pollsApi.create(SLUG, {
      title: 'Quelle date pour les retrouvailles ?',
      description: '',
      options: [
        { startsAt: '2026-11-14T12:00:00.000Z', endsAt: '2026-11-14T14:00:00.000Z' },
        { label: 'Un samedi de décembre' },
      ],
    })
    await pollsApi.get(4)
    await pollsApi.vote(4, [{ optionId: 10, choice: 'YES' }])
    await pollsApi.close(4, { chosenOptionId: 10, createAs: 'MEETING', kind: 'ONBOARDING', onlineUrl: 'https://meet.jit.si/x', title: 'Retrouvailles', yesVotersComing: true })
    await pollsApi.close(5, { chosenOptionId: 11, createAs: '', kind: 'REUNION', onlineUrl: 'https://x' })
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET /api/v1/groups/${SLUG}/polls`,
      `POST /api/v1/groups/${SLUG}/polls`,
      'GET /api/v1/polls/4',
      'PUT /api/v1/polls/4/votes',
      'POST /api/v1/polls/4/close',
      'POST /api/v1/polls/5/close',
    ])
    expect(calls[1].body).toEqual({
      title: 'Quelle date pour les retrouvailles ?',
      options: [{ startsAt: '2026-11-14T12:00:00.000Z', endsAt: '2026-11-14T14:00:00.000Z' }, { label: 'Un samedi de décembre' }],
    })
    expect(calls[3].body).toEqual({ votes: [{ optionId: 10, choice: 'YES' }] })
    expect(calls[4].body).toEqual({ chosenOptionId: 10, createAs: 'MEETING', kind: 'ONBOARDING', onlineUrl: 'https://meet.jit.si/x', title: 'Retrouvailles', yesVotersComing: true })
    expect(calls[5].body).toEqual({ chosenOptionId: 11 })
  })

  it('votesBody leaves unanswered options out', () => {
    expect(votesBody({ 10: 'NO', 11: 'YES', 12: undefined, 13: 'IF_NEED_BE' })).toEqual([
      { optionId: 10, choice: 'NO' },
      { optionId: 11, choice: 'YES' },
      { optionId: 13, choice: 'IF_NEED_BE' },
    ])
  })
})
