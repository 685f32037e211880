import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import {
  PrintResultsBenefitsDocument,
  type PrintResultsBenefitsQuery,
  PrintResultsFundsDocument,
  PrintResultsPlanDocument,
  PrintResultsRatesDocument,
} from '../../../apollo/generated';
import { groupThousands } from '../../../ui/amount';
import { formatDate, formatNumber } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { percentOf } from '../../../ui/percent';
import { QueryStatus } from '../../../ui/QueryStatus';
import { usePrintParams } from '../hooks/usePrintYear';
import { districtCommittee, vietnamInstant } from '../model/document';
import {
  type BenefitLike,
  fundsRows,
  type IndicatorCells,
  periodSpan,
  reachRows,
  targetRows,
} from '../model/results-report';

// The API's largest page of benefits.
const BENEFIT_PAGE = 500;

/** Percent or percentage points with two decimals, as the spreadsheet's 0.00 format shows them. */
const points = (value: number | null) =>
  value === null ? '' : value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const targetText = (cells: IndicatorCells) =>
  cells.target ? `${cells.target.comparator === 'AT_MOST' ? '≤' : '≥'} ${points(cells.target.value)}` : '';

/**
 * The semi-annual or annual results report, printable: the same three tables and the same figures
 * as results-report.xlsx, from the same questions to the API (povertyRates, Plan.targets,
 * budgetSummary with paidBy, benefits).
 */
export function PrintResultsPage() {
  const { t } = useI18n();
  const { year, period } = usePrintParams();
  useDocumentTitle(t.exports.printResults);
  const span = periodSpan(year, period);
  const planQuery = useQuery(PrintResultsPlanDocument, { variables: { year }, fetchPolicy: 'no-cache' });
  const plan = planQuery.data?.plans[0] ?? null;
  const ratesQuery = useQuery(PrintResultsRatesDocument, {
    variables: { districtId: plan?.district.id ?? '', year, previousYear: year - 1 },
    skip: !plan,
    fetchPolicy: 'no-cache',
  });
  const fundsQuery = useQuery(PrintResultsFundsDocument, {
    variables: { planId: plan?.id ?? '', paidBy: span.to },
    skip: !plan,
    fetchPolicy: 'no-cache',
  });
  const benefits = useAllBenefits(plan?.id ?? null, span.to);
  const printedAt = useMemo(() => vietnamInstant(new Date(), formatDate), []);

  const rates = ratesQuery.data;
  const funds = fundsQuery.data;
  const tables = useMemo(() => {
    if (!plan || !rates || !funds || !benefits.rows) return null;
    const ofDistrict = (rows: typeof rates.district) => rows.filter((row) => row.unit.id === plan.district.id);
    return {
      targets: targetRows(
        plan.district,
        [...ofDistrict(rates.district), ...rates.communes],
        [...ofDistrict(rates.districtBefore), ...rates.communesBefore],
        plan.targets,
        period,
      ),
      funds: fundsRows(plan.components, funds),
      reach: reachRows(plan.components, benefits.rows),
    };
  }, [plan, rates, funds, benefits.rows, period]);

  if (!plan || !tables) {
    const error = planQuery.error ?? ratesQuery.error ?? fundsQuery.error ?? benefits.error;
    return (
      <>
        <QueryStatus loading={!error} error={error} onRetry={() => window.location.reload()} />
        {planQuery.data && !plan && <p className="empty">{t.plan.none(year)}</p>}
      </>
    );
  }

  const committee = districtCommittee(plan.district.name);
  const title = `Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững ${span.label}`;
  const heading = (sheet: string, basis: string, unit: string) => (
    <>
      <p className="doc-issuer">{committee}</p>
      <header className="doc-title">
        <h1>{title}</h1>
        <h2>{sheet}</h2>
        <p className="doc-basis">
          Kỳ báo cáo: {span.label} (từ ngày {formatDate(span.from)} đến hết ngày {formatDate(span.to)})
        </p>
        <p className="doc-basis">{basis}</p>
      </header>
      <p className="doc-unit">{unit}</p>
    </>
  );

  return (
    <article className="print-document" lang="vi" data-testid="print-results">
      <section className="doc-sheet">
        {heading(
          'Biểu 1: Chỉ tiêu giảm nghèo và kết quả thực hiện',
          `Số hộ và tỷ lệ: theo kết quả rà soát năm ${year} trong cơ sở dữ liệu hộ gia đình lúc lập báo cáo. ` +
            `"Chưa có số liệu": chưa có hộ nào được rà soát năm ${year} (hoặc năm ${year - 1}, với mức giảm).`,
          'Số hộ: hộ; tỷ lệ: %; mức giảm: điểm phần trăm',
        )}
        <table className="doc-table" data-testid="results-targets">
          <thead>
            <tr>
              <th rowSpan={2}>STT</th>
              <th rowSpan={2}>Đơn vị</th>
              <th colSpan={3}>Kết quả rà soát năm {year}</th>
              <th colSpan={4}>Tỷ lệ hộ nghèo (%)</th>
              <th colSpan={3}>Mức giảm tỷ lệ hộ nghèo (điểm %)</th>
            </tr>
            <tr>
              <th>Tổng số hộ</th>
              <th>Hộ nghèo</th>
              <th>Hộ cận nghèo</th>
              <th>Cuối năm {year - 1}</th>
              <th>Chỉ tiêu năm {year}</th>
              <th>Thực hiện</th>
              <th>Đánh giá</th>
              <th>Chỉ tiêu</th>
              <th>Thực hiện</th>
              <th>Đánh giá</th>
            </tr>
          </thead>
          <tbody>
            {tables.targets.map((row) => (
              <tr key={row.label} className={`row-${row.kind}`}>
                <td className="center">{row.stt}</td>
                <td>{row.label}</td>
                <td className="amount">{formatNumber(row.households)}</td>
                <td className="amount">{formatNumber(row.poor)}</td>
                <td className="amount">{formatNumber(row.nearPoor)}</td>
                <td className="amount">{points(row.previousRate)}</td>
                <td className="amount">{targetText(row.rate)}</td>
                <td className="amount">{points(row.rate.actual)}</td>
                <td>{row.rate.verdict}</td>
                <td className="amount">{targetText(row.reduction)}</td>
                <td className="amount">{points(row.reduction.actual)}</td>
                <td>{row.reduction.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="doc-note">
          Đánh giá: "Đạt" khi thực hiện đạt chỉ tiêu; giữa năm, chỉ tiêu chưa đạt được ghi "Có nguy cơ không đạt", cuối
          năm ghi "Không đạt". Mức giảm = tỷ lệ cuối năm trước - tỷ lệ năm báo cáo.
        </p>
      </section>

      <section className="doc-sheet">
        {heading(
          'Biểu 2: Kinh phí được giao, phân bổ và giải ngân',
          `Dự toán và phân bổ: theo số liệu ghi nhận lúc lập báo cáo (${printedAt}); ` +
            `giải ngân: các khoản thanh toán có ngày thanh toán đến hết ngày ${formatDate(span.to)}.`,
          'Đơn vị tính: đồng',
        )}
        <table className="doc-table" data-testid="results-funds">
          <thead>
            <tr>
              <th>STT</th>
              <th>Mã</th>
              <th>Dự án, tiểu dự án</th>
              <th>Dự toán giao</th>
              <th>Đã phân bổ</th>
              <th>Đã giải ngân đến hết {formatDate(span.to)}</th>
              <th>Tỷ lệ giải ngân so với dự toán giao (%)</th>
            </tr>
          </thead>
          <tbody>
            {tables.funds.map((row) => (
              <tr key={`${row.kind}:${row.code}:${row.stt}`} className={`row-${row.kind}`}>
                <td className="center">{row.stt}</td>
                <td className="center">{row.code}</td>
                <td>{row.label}</td>
                <td className="amount">{groupThousands(row.assigned)}</td>
                <td className="amount">{groupThousands(row.allocated)}</td>
                <td className="amount">{groupThousands(row.disbursed)}</td>
                <td className="amount">{points(percentOf(row.disbursed, row.assigned))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="doc-sheet">
        {heading(
          'Biểu 3: Hộ được hưởng lợi từ kinh phí phân bổ',
          `Hộ có ít nhất một khoản hỗ trợ nhận đến hết ngày ${formatDate(span.to)} từ kinh phí phân bổ của dự án, ` +
            `theo số liệu lúc lập báo cáo (${printedAt}).`,
          'Số hộ, số lượt: hộ, lượt; giá trị: đồng',
        )}
        <table className="doc-table" data-testid="results-reach">
          <thead>
            <tr>
              <th>STT</th>
              <th>Mã</th>
              <th>Dự án, tiểu dự án</th>
              <th>Số hộ được hưởng lợi</th>
              <th>Số lượt hỗ trợ</th>
              <th>Giá trị hỗ trợ (đồng)</th>
            </tr>
          </thead>
          <tbody>
            {tables.reach.map((row) => (
              <tr key={`${row.kind}:${row.code}:${row.stt}`} className={`row-${row.kind}`}>
                <td className="center">{row.stt}</td>
                <td className="center">{row.code}</td>
                <td>{row.label}</td>
                <td className="amount">{formatNumber(row.households)}</td>
                <td className="amount">{formatNumber(row.benefits)}</td>
                <td className="amount">{groupThousands(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="doc-note">
          Một hộ được hưởng lợi từ nhiều dự án (hoặc tiểu dự án) được đếm ở mỗi dự án; dòng Tổng cộng và dòng dự án đếm
          mỗi hộ một lần. Giá trị: tổng các khoản hỗ trợ có ghi số tiền (hiện vật không ghi giá trị không được cộng).
        </p>
      </section>
    </article>
  );
}

/** Every benefit the plan paid for up to a date, page after page (the report counts them all). */
function useAllBenefits(planId: string | null, receivedTo: string) {
  const client = useApolloClient();
  const [state, setState] = useState<{ rows: BenefitLike[] | null; error: Error | undefined }>({
    rows: null,
    error: undefined,
  });
  useEffect(() => {
    if (!planId) return;
    let cancelled = false;
    setState({ rows: null, error: undefined });
    (async () => {
      const rows: BenefitLike[] = [];
      let after: string | null = null;
      for (;;) {
        const { data }: { data?: PrintResultsBenefitsQuery } = await client.query({
          query: PrintResultsBenefitsDocument,
          variables: { planId, receivedTo, first: BENEFIT_PAGE, after },
          fetchPolicy: 'no-cache',
        });
        if (!data) throw new Error('no answer');
        rows.push(...data.benefits.edges.map((edge) => edge.node));
        if (!data.benefits.pageInfo.hasNextPage) break;
        after = data.benefits.pageInfo.endCursor;
      }
      if (!cancelled) setState({ rows, error: undefined });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ rows: null, error: error instanceof Error ? error : new Error(String(error)) });
    });
    return () => {
      cancelled = true;
    };
  }, [client, planId, receivedTo]);
  return state;
}
