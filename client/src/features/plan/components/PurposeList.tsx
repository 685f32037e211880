import type { PlanPurposesFragment } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';

export function PurposeList({ plan }: { plan: PlanPurposesFragment }) {
  const { t } = useI18n();
  if (plan.purposes.length === 0) {
    return null;
  }
  return (
    <Section title={t.plan.purposes}>
      <ol className="plain-list">
        {plan.purposes.map((purpose) => (
          <li key={purpose}>{purpose}</li>
        ))}
      </ol>
    </Section>
  );
}
