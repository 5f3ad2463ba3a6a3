/**
 * Whether to offer someone who switched the interface's language to have their e-mails in it too. Asked once per
 * choice: a "no" is remembered on this browser, per account and language; a "yes" changes the account's language,
 * after which there is nothing left to ask.
 */
export const MAIL_LANGUAGE_STORAGE_KEY = 'entraide.mailLanguageDeclined'

function declinedByAccount() {
  try {
    const value = JSON.parse(localStorage.getItem(MAIL_LANGUAGE_STORAGE_KEY) || '{}')
    return value && typeof value === 'object' ? value : {}
  } catch {
    return {}
  }
}

export function shouldOfferMailLanguage(user, locale) {
  if (!user || !locale || user.locale === locale) return false
  return !(declinedByAccount()[user.id] || []).includes(locale)
}

export function rememberMailLanguageDeclined(user, locale) {
  const declined = declinedByAccount()
  declined[user.id] = [...new Set([...(declined[user.id] || []), locale])]
  try {
    localStorage.setItem(MAIL_LANGUAGE_STORAGE_KEY, JSON.stringify(declined))
  } catch {
    // private mode: the answer lasts for the visit only
  }
}
