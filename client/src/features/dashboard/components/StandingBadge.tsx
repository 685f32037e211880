import { useI18n } from '../../../ui/i18n/I18nProvider';
import { AT_RISK_STANDINGS, type Standing } from '../model/rates';

const ICON: Record<Standing, string> = {
  MET: '✓',
  ON_TRACK: '✓',
  NOT_MET: '✗',
  AT_RISK: '⚠',
  UNKNOWN: '–',
  NO_TARGET: '–',
};

/** A standing as an icon and words; the colour only repeats what they say. */
export function StandingBadge({ standing, detail }: { standing: Standing; detail?: string | null }) {
  const { t } = useI18n();
  const tone = AT_RISK_STANDINGS.includes(standing)
    ? 'risk'
    : standing === 'MET' || standing === 'ON_TRACK'
      ? 'ok'
      : 'neutral';
  return (
    <span className={`standing standing-${tone}`} data-standing={standing}>
      <span className="standing-icon" aria-hidden="true">
        {ICON[standing]}
      </span>{' '}
      <span className="standing-text">{t.dashboard.standing[standing]}</span>
      {detail && <span className="standing-detail">{detail}</span>}
    </span>
  );
}
