import type { PlanDeadlinesFragment } from '../../../apollo/generated';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';

export function DeadlineList({ plan }: { plan: PlanDeadlinesFragment }) {
  const { t } = useI18n();
  // ISO dates sort as strings.
  const deadlines = [...plan.deadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  if (deadlines.length === 0) {
    return null;
  }
  return (
    <Section title={t.plan.deadlines}>
      <dl className="deadline-list">
        {deadlines.map((deadline) => (
          <div key={`${deadline.kind}-${deadline.dueOn}`} data-testid={`deadline-${deadline.kind}`}>
            <dt>{t.plan.deadlineKind[deadline.kind]}</dt>
            <dd>
              <time dateTime={deadline.dueOn}>{formatDate(deadline.dueOn)}</time>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
