import { type Locale, useI18n, useT } from '../lib/i18n';
import { shellMessages } from './messages';

const OPTIONS: { locale: Locale; key: 'languageJa' | 'languageEn' }[] = [
  { locale: 'ja', key: 'languageJa' },
  { locale: 'en', key: 'languageEn' },
];

/** 日本語 / English toggle: two real buttons, the current one marked with aria-pressed. */
export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const t = useT(shellMessages);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons, not a form fieldset
    <div
      role="group"
      aria-label={t('language')}
      className="flex rounded-8 border border-solid-gray-536 p-0.5"
    >
      {OPTIONS.map((option) => {
        const active = option.locale === locale;
        return (
          <button
            key={option.locale}
            type="button"
            lang={option.locale}
            aria-pressed={active}
            onClick={() => setLocale(option.locale)}
            className={
              active
                ? 'rounded-6 bg-blue-900 px-3 py-1.5 text-oln-14B-100 text-white'
                : 'rounded-6 px-3 py-1.5 text-oln-14N-100 text-solid-gray-900 hover:bg-blue-50'
            }
          >
            {t(option.key)}
          </button>
        );
      })}
    </div>
  );
}
