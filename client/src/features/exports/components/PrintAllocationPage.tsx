import { useQuery } from '@apollo/client/react';
import { type CSSProperties, Fragment, useMemo } from 'react';
import { PrintAllocationAmountsDocument, PrintAllocationPlanDocument } from '../../../apollo/generated';
import { groupThousands } from '../../../ui/amount';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { usePrintParams } from '../hooks/usePrintYear';
import { adjustmentLines, allocationAppendix, type Cell } from '../model/allocation-appendix';
import {
  CAPITAL_TYPE_LABELS,
  CAPITAL_TYPE_ORDER,
  componentLabel,
  districtCommittee,
  SOURCE_LABELS,
  vietnamInstant,
} from '../model/document';

// The server lists at most this many adjustments on one page of the audit log.
const MAX_ADJUSTMENTS = 500;
// Columns an A4 landscape page holds at the document's type size; a wider appendix is scaled down.
const COLUMNS_PER_PAGE = 16;

const amountText = (cell: Cell) => (cell === null ? '' : groupThousands(cell));

/**
 * The allocation decision's appendix, printable: the same tables and the same amounts as
 * allocation-decision.xlsx, from the same questions to the API (budgetSummary by each grouping).
 */
export function PrintAllocationPage() {
  const { t } = useI18n();
  const { year } = usePrintParams();
  useDocumentTitle(t.exports.printAllocation);
  // Printed as the data stands now, never from an older cache.
  const planQuery = useQuery(PrintAllocationPlanDocument, { variables: { year }, fetchPolicy: 'no-cache' });
  const plan = planQuery.data?.plans[0] ?? null;
  const amountsQuery = useQuery(PrintAllocationAmountsDocument, {
    variables: { planId: plan?.id ?? '', adjustments: MAX_ADJUSTMENTS },
    skip: !plan,
    fetchPolicy: 'no-cache',
  });
  const answers = amountsQuery.data;
  const appendix = useMemo(
    () => (plan && answers ? allocationAppendix(plan.components, plan.implementingUnits, answers) : null),
    [plan, answers],
  );
  const printedAt = useMemo(() => vietnamInstant(new Date(), formatDate), []);

  if (!plan || !answers || !appendix) {
    return (
      <>
        <QueryStatus
          loading={planQuery.loading || amountsQuery.loading}
          error={planQuery.error ?? amountsQuery.error}
          onRetry={() => void (plan ? amountsQuery.refetch() : planQuery.refetch())}
        />
        {planQuery.data && !plan && <p className="empty">{t.plan.none(year)}</p>}
      </>
    );
  }

  const committee = districtCommittee(plan.district.name);
  const decision = plan.allocationApproval?.decision ?? null;
  const title = `Phân bổ kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm ${plan.year}`;
  const { groups, rows } = appendix;
  const columnCount = 6 + groups.reduce((count, group) => count + group.units.length + 1, 0);
  const zoom = { '--doc-zoom': Math.min(1, COLUMNS_PER_PAGE / columnCount) } as CSSProperties;
  const total = answers.total[0];
  const assigned = BigInt(total?.assigned ?? '0');
  const allocated = BigInt(total?.allocated ?? '0');

  return (
    <article className="print-document" lang="vi" data-testid="print-allocation">
      <section className="doc-sheet">
        <p className="doc-issuer">{committee}</p>
        <header className="doc-title">
          <p>
            <strong>Phụ lục</strong>
          </p>
          <h1>{title}</h1>
          <p className="doc-basis">
            {decision
              ? `(Kèm theo Quyết định số ${decision.number} ngày ${formatDate(decision.issuedOn)} của ${committee})`
              : '(Dự thảo)'}
          </p>
        </header>
        <p className="doc-unit">Đơn vị tính: đồng</p>
        <div className="doc-scroll">
          <table className="doc-table doc-wide" style={zoom} data-testid="appendix">
            <thead>
              <tr>
                {['STT', 'Mã', 'Dự án, tiểu dự án', 'Dự toán giao', 'Tổng phân bổ cho đơn vị', 'Chưa phân bổ'].map(
                  (text) => (
                    <th key={text} rowSpan={3} scope="col">
                      {text}
                    </th>
                  ),
                )}
                {CAPITAL_TYPE_ORDER.map((capitalType) => {
                  const spans = groups.filter((group) => group.capitalType === capitalType);
                  if (spans.length === 0) return null;
                  const width = spans.reduce((count, group) => count + group.units.length + 1, 0);
                  return (
                    <th key={capitalType} colSpan={width} scope="colgroup">
                      {CAPITAL_TYPE_LABELS[capitalType]}
                    </th>
                  );
                })}
              </tr>
              <tr>
                {groups.map((group) => (
                  <th key={`${group.capitalType}|${group.source}`} colSpan={group.units.length + 1} scope="colgroup">
                    {SOURCE_LABELS[group.source]}
                  </th>
                ))}
              </tr>
              <tr>
                {groups.map((group) => (
                  <Fragment key={`${group.capitalType}|${group.source}`}>
                    <th scope="col">Cộng</th>
                    {group.units.map((unit) => (
                      <th key={unit.id} scope="col">
                        {unit.name}
                      </th>
                    ))}
                  </Fragment>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={`${row.kind}:${row.code}:${row.stt}`}
                  className={`row-${row.kind}`}
                  data-code={row.code || 'total'}
                >
                  <td className="center">{row.stt}</td>
                  <td className="center">{row.code}</td>
                  <td className="doc-label">{row.label}</td>
                  <td className="amount">{amountText(row.assigned)}</td>
                  <td className="amount">{amountText(row.allocated)}</td>
                  <td className="amount">{amountText(row.unallocated)}</td>
                  {row.groups.map((group, index) => (
                    <Fragment key={`${groups[index]?.capitalType}|${groups[index]?.source}`}>
                      <td className="amount">{amountText(group.total)}</td>
                      {group.units.map((cell, unitIndex) => (
                        <td className="amount" key={groups[index]?.units[unitIndex]?.id}>
                          {amountText(cell)}
                        </td>
                      ))}
                    </Fragment>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="doc-note">
          Số liệu lập từ Ansinh lúc {printedAt} (giờ Việt Nam). Dự toán giao: tổng các quyết định giao dự toán (xem
          trang “Dự toán giao”); ô để trống: không phân bổ.
        </p>
      </section>

      <section className="doc-sheet">
        <p className="doc-issuer">{committee}</p>
        <header className="doc-title">
          <h2>Dự toán tỉnh giao và các quyết định giao dự toán năm {plan.year}</h2>
          <p className="doc-basis">(Kèm theo phụ lục phân bổ kinh phí, để đối chiếu)</p>
        </header>
        <p className="doc-unit">Đơn vị tính: đồng</p>
        <table className="doc-table doc-table-compact" data-testid="envelopes">
          <thead>
            <tr>
              {[
                'STT',
                'Mã',
                'Dự án, tiểu dự án',
                'Loại vốn',
                'Nguồn vốn',
                'Số quyết định',
                'Ngày quyết định',
                'Cơ quan ban hành',
                'Số tiền theo quyết định',
                'Dự toán giao',
                'Đã phân bổ',
                'Còn lại',
                'Ghi nhận lúc',
                'Người ghi nhận',
              ].map((text) => (
                <th key={text} scope="col">
                  {text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="row-total">
              <td />
              <td />
              <td>TỔNG CỘNG</td>
              <td colSpan={6} />
              <td className="amount">{groupThousands(assigned)}</td>
              <td className="amount">{groupThousands(allocated)}</td>
              <td className="amount">{groupThousands(assigned - allocated)}</td>
              <td colSpan={2} />
            </tr>
            {plan.envelopes.map((envelope, index) => (
              <Fragment key={envelope.id}>
                <tr className="row-project">
                  <td className="center">{index + 1}</td>
                  <td className="center">{envelope.component.code}</td>
                  <td className="doc-label">{componentLabel(envelope.component)}</td>
                  <td>{CAPITAL_TYPE_LABELS[envelope.capitalType]}</td>
                  <td>{SOURCE_LABELS[envelope.source]}</td>
                  <td colSpan={4} />
                  <td className="amount">{groupThousands(BigInt(envelope.amount))}</td>
                  <td className="amount">{groupThousands(BigInt(envelope.allocated))}</td>
                  <td className="amount">{groupThousands(BigInt(envelope.remaining))}</td>
                  <td colSpan={2} />
                </tr>
                {envelope.assignments.map((assignment) => (
                  <tr key={`${assignment.decision.id}:${assignment.recordedAt}`}>
                    <td colSpan={2} />
                    <td>{BigInt(assignment.amount) < 0n ? 'Giảm dự toán' : 'Giao dự toán'}</td>
                    <td colSpan={2} />
                    <td>{assignment.decision.number}</td>
                    <td className="center">{formatDate(assignment.decision.issuedOn)}</td>
                    <td>{assignment.decision.issuer}</td>
                    <td className="amount">{groupThousands(BigInt(assignment.amount))}</td>
                    <td colSpan={3} />
                    <td>{vietnamInstant(assignment.recordedAt, formatDate)}</td>
                    <td>{assignment.recordedBy?.displayName ?? ''}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
        {plan.allocationApproval ? (
          <p className="doc-note">
            Phân bổ được phê duyệt theo Quyết định số {plan.allocationApproval.decision.number} ngày{' '}
            {formatDate(plan.allocationApproval.decision.issuedOn)} của {plan.allocationApproval.decision.issuer}; ghi
            nhận lúc {vietnamInstant(plan.allocationApproval.approvedAt, formatDate)} bởi{' '}
            {plan.allocationApproval.approvedBy?.displayName ?? ''}.
          </p>
        ) : (
          <p className="doc-note">Phân bổ chưa được phê duyệt: phụ lục là bản dự thảo.</p>
        )}
        {adjustmentLines(
          answers.adjustments.edges.map((edge) => edge.node),
          formatDate,
        ).map((line) => (
          <p className="doc-note" key={line}>
            {line}
          </p>
        ))}
        <p className="doc-note">Lập từ Ansinh lúc {printedAt} (giờ Việt Nam).</p>
      </section>
    </article>
  );
}
