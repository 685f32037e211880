import { useI18n } from '../../../ui/i18n/I18nProvider';

/** Met or not as an icon and a word, never colour alone. */
export function MetCell({ met }: { met: boolean | null }) {
  const { t } = useI18n();
  const [icon, text, tone] =
    met === null
      ? ['–', t.targets.met.unknown, 'unknown']
      : met
        ? ['✓', t.targets.met.yes, 'met']
        : ['✗', t.targets.met.no, 'behind'];
  return (
    <span className={`target-met target-met-${tone}`} data-met={String(met)}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
