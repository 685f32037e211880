import type { PlanSummaryFragment } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';

export function PlanSummary({ plan }: { plan: PlanSummaryFragment }) {
  const { t } = useI18n();
  const { district } = plan;
  const area = [district, district.parent]
    .flatMap((unit) => (unit ? [t.plan.place(unit.level, unit.name)] : []))
    .join(', ');
  return (
    <header className="plan-header">
      <h2>{plan.title}</h2>
      <dl className="facts">
        <div>
          <dt>{t.plan.statusLabel}</dt>
          <dd>
            <span className={`status status-${plan.status.toLowerCase()}`}>{t.plan.status[plan.status]}</span>
          </dd>
        </div>
        <div>
          <dt>{t.plan.area}</dt>
          <dd>{area}</dd>
        </div>
        <div>
          <dt>{t.plan.year}</dt>
          <dd>{plan.year}</dd>
        </div>
      </dl>
    </header>
  );
}
