import { useI18n } from './I18nProvider';
import { LOCALES } from './messages';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t.language.label}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={t.language.names[option]}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {t.language.short[option]}
        </button>
      ))}
    </fieldset>
  );
}
