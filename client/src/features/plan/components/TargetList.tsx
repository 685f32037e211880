import type { PlanTargetsFragment } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';

/** The district-wide targets; per-commune targets belong to the targets section. */
export function TargetList({ plan }: { plan: PlanTargetsFragment }) {
  const { t } = useI18n();
  const targets = plan.targets.filter((target) => target.unit.id === plan.district.id);
  return (
    <Section title={t.plan.targets}>
      {targets.length === 0 ? (
        <p className="empty">{t.plan.noTargets}</p>
      ) : (
        <ul className="target-list">
          {targets.map((target) => (
            <li key={target.id} className="target" data-testid={`target-${target.indicator}`}>
              <span className="target-sentence">{t.plan.targetSentence(target)}</span>
              {target.actual !== null && (
                <span className={`target-progress${target.met === false ? ' is-behind' : ''}`}>
                  {t.plan.targetProgress({
                    indicator: target.indicator,
                    actual: target.actual,
                    met: target.met,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
