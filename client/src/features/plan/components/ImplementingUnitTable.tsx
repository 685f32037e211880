import { useMemo } from 'react';
import type { PlanImplementingUnitsFragment } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';

export function ImplementingUnitTable({ plan }: { plan: PlanImplementingUnitsFragment }) {
  const { t } = useI18n();
  // Duties belong to the plan, not the unit: the same office has other duties in another year.
  const dutiesByUnit = useMemo(() => {
    const byUnit = new Map<string, string[]>();
    for (const { unit, duties } of plan.unitDuties) {
      byUnit.set(unit.id, [...(byUnit.get(unit.id) ?? []), ...duties]);
    }
    return byUnit;
  }, [plan.unitDuties]);

  if (plan.implementingUnits.length === 0) {
    return null;
  }
  return (
    <Section title={t.plan.units}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.plan.unit.code}</th>
            <th scope="col">{t.plan.unit.name}</th>
            <th scope="col">{t.plan.unit.kind}</th>
            <th scope="col">{t.plan.unit.duties}</th>
          </tr>
        </thead>
        <tbody>
          {plan.implementingUnits.map((unit) => {
            const duties = dutiesByUnit.get(unit.id) ?? [];
            return (
              <tr key={unit.id} data-testid={`unit-${unit.code}`}>
                <td className="nowrap">{unit.code}</td>
                <td>{unit.name}</td>
                <td>{t.plan.unitKind[unit.kind]}</td>
                <td>
                  {duties.length > 0 && (
                    <details>
                      <summary>{t.plan.dutyCount(duties.length)}</summary>
                      <ul className="plain-list">
                        {duties.map((duty) => (
                          <li key={duty}>{duty}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
