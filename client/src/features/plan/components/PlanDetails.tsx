import type { PlanOverview } from '../hooks/usePlanOverview';
import { ComponentTree } from './ComponentTree';
import { DeadlineList } from './DeadlineList';
import { ImplementingUnitTable } from './ImplementingUnitTable';
import { LegalBasisList } from './LegalBasisList';
import { PlanSummary } from './PlanSummary';
import { PurposeList } from './PurposeList';
import { TargetList } from './TargetList';

/** One plan, read top to bottom as the document is: aims, dates, grounds, content, who does it. */
export function PlanDetails({ plan }: { plan: PlanOverview }) {
  return (
    <article className="plan">
      <PlanSummary plan={plan} />
      <PurposeList plan={plan} />
      <div className="plan-columns">
        <TargetList plan={plan} />
        <DeadlineList plan={plan} />
      </div>
      <LegalBasisList plan={plan} />
      <ComponentTree plan={plan} />
      <ImplementingUnitTable plan={plan} />
    </article>
  );
}
