import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'

/** Sets document.title for pages whose title depends on loaded data. */
export function usePageTitle(getTitle) {
  const { t } = useI18n()
  watchEffect(() => {
    const title = getTitle()
    if (title) document.title = t('common.documentTitle', { page: title })
  })
}
