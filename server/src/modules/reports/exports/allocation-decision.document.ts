import type { EntityManager } from '@mikro-orm/postgresql';
import type { BudgetSummaryRow } from '../../budget';
import {
  AllocationApproval,
  AuditAction,
  AuditEntry,
  BudgetDimension,
  budgetSummary,
  type CapitalType,
  Envelope,
  EnvelopeAssignment,
  type FundingSource,
} from '../../budget';
import type { LegalDocument } from '../../documents';
import type { AdminUnit } from '../../places';
import type { ImplementingUnit } from '../../plan';
import { Plan, PlanUnit } from '../../plan';
import {
  blank,
  columns,
  DocumentColumnAlign,
  type DocumentHeaderCell,
  DocumentLineRole,
  type DocumentRow,
  DocumentRowKind,
  type DocumentSheet,
  date,
  headerCells,
  headerRow,
  line,
  money,
  type OfficialDocument,
  projectRows,
  text,
} from './document';
import {
  CAPITAL_TYPE_LABELS,
  CAPITAL_TYPE_ORDER,
  componentLabel,
  districtCommittee,
  SOURCE_LABELS,
  SOURCE_ORDER,
  TOTAL_LABEL,
  viDate,
  viInstant,
} from './wording';

export const ALLOCATION_SHEET = 'Phân bổ';
export const ENVELOPE_SHEET = 'Dự toán giao';

const { COMPONENT, PROJECT, CAPITAL_TYPE, SOURCE, UNIT } = BudgetDimension;
const { CENTER, LABEL, TEXT } = DocumentColumnAlign;

interface Group {
  capitalType: CapitalType;
  source: FundingSource;
  /** Units that received money of this capital type and source, in the plan's order. */
  units: ImplementingUnit[];
}

const groupKey = (capitalType: CapitalType | null | undefined, source: FundingSource | null | undefined) =>
  `${capitalType ?? ''}|${source ?? ''}`;

/** Rows of one budgetSummary answer by a key of the dimensions asked for. */
const indexed = (rows: BudgetSummaryRow[], key: (row: BudgetSummaryRow) => string) =>
  new Map(rows.map((row) => [key(row), row]));

/** "Quyết định số 456/QĐ-UBND ngày 20/5/2022". */
const decisionText = (decision: Pick<LegalDocument, 'number' | 'issuedOn'>) =>
  `Quyết định số ${decision.number} ngày ${viDate(decision.issuedOn)}`;

/**
 * The allocation table in the layout of an allocation decision's appendix, and the envelopes with
 * their assignment decisions. Every amount is one budgetSummary answer (the query the API serves),
 * never a sum made here: the project rows, the row totals and the Tổng cộng row are asked for
 * grouped that way, so the table adds up exactly when the API does. Null for an unknown plan.
 */
export const allocationDecision = async (
  em: EntityManager,
  planId: number,
  now: Date = new Date(),
): Promise<OfficialDocument | null> => {
  const plan = await em.findOne(Plan, planId, { populate: ['district'] });
  if (!plan) return null;
  const district = plan.district.getEntity();
  const components = (await plan.components.load()).getItems();
  const planUnits = await em.find(PlanUnit, { plan }, { populate: ['unit'], orderBy: { position: 'asc' } });
  const approval = await em.findOne(AllocationApproval, { plan }, { populate: ['decision', 'approvedBy'] });

  // One answer per question, asked one after another on the request's EntityManager.
  const ask = (groupBy: BudgetDimension[]) => budgetSummary(em, planId, groupBy, null);
  const cellRows = await ask([COMPONENT, CAPITAL_TYPE, SOURCE, UNIT]);
  const projectCellRows = await ask([PROJECT, CAPITAL_TYPE, SOURCE, UNIT]);
  const totalCellRows = await ask([CAPITAL_TYPE, SOURCE, UNIT]);
  const groupRows = await ask([COMPONENT, CAPITAL_TYPE, SOURCE]);
  const projectGroupRows = await ask([PROJECT, CAPITAL_TYPE, SOURCE]);
  const totalGroupRows = await ask([CAPITAL_TYPE, SOURCE]);
  const componentRows = await ask([COMPONENT]);
  const projectRowsOfSummary = await ask([PROJECT]);
  const [planTotal] = await ask([]);

  const unitPosition = new Map(planUnits.map((planUnit) => [planUnit.unit.id, planUnit.position]));
  const groups: Group[] = totalGroupRows
    .flatMap((row) => (row.capitalType && row.source ? [{ capitalType: row.capitalType, source: row.source }] : []))
    .sort(
      (a, b) =>
        CAPITAL_TYPE_ORDER.indexOf(a.capitalType) - CAPITAL_TYPE_ORDER.indexOf(b.capitalType) ||
        SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source),
    )
    .map((group) => ({
      ...group,
      units: totalCellRows
        .filter(
          (row) =>
            row.unit &&
            row.allocated !== 0n &&
            groupKey(row.capitalType, row.source) === groupKey(group.capitalType, group.source),
        )
        .map((row) => row.unit as ImplementingUnit)
        .sort(
          (a, b) =>
            (unitPosition.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (unitPosition.get(b.id) ?? Number.MAX_SAFE_INTEGER),
        ),
    }));

  const cellKey = (
    id: number | undefined,
    row: { capitalType?: CapitalType | null; source?: FundingSource | null },
    unitId: number | undefined,
  ) => `${id ?? ''}|${groupKey(row.capitalType, row.source)}|${unitId ?? ''}`;
  const cells = indexed(cellRows, (row) => cellKey(row.component?.id, row, row.unit?.id));
  const projectCells = indexed(projectCellRows, (row) => cellKey(row.project?.id, row, row.unit?.id));
  const totalCells = indexed(totalCellRows, (row) => cellKey(undefined, row, row.unit?.id));
  const groupTotals = indexed(groupRows, (row) => cellKey(row.component?.id, row, undefined));
  const projectGroupTotals = indexed(projectGroupRows, (row) => cellKey(row.project?.id, row, undefined));
  const totalGroupTotals = indexed(totalGroupRows, (row) => cellKey(undefined, row, undefined));
  const componentTotals = indexed(componentRows, (row) => String(row.component?.id));
  const projectTotals = indexed(projectRowsOfSummary, (row) => String(row.project?.id));

  const title = `Phân bổ kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm ${plan.year}`;
  const decision = approval?.decision.getEntity() ?? null;
  const committee = districtCommittee(district);

  // ---- The appendix table: the fixed columns, then per capital type and source Cộng and each unit.
  const FIRST_GROUP_COLUMN = 6;
  const groupColumns: { group: Group; from: number; to: number }[] = [];
  let nextColumn = FIRST_GROUP_COLUMN;
  for (const group of groups) {
    groupColumns.push({ group, from: nextColumn, to: nextColumn + group.units.length });
    nextColumn += group.units.length + 1;
  }
  const header: DocumentHeaderCell[] = headerCells(
    ['STT', 'Mã', 'Dự án, tiểu dự án', 'Dự toán giao', 'Tổng phân bổ cho đơn vị', 'Chưa phân bổ'].map(
      (label, column) => [label, 0, column, 3],
    ),
  );
  for (const capitalType of CAPITAL_TYPE_ORDER) {
    const spans = groupColumns.filter((span) => span.group.capitalType === capitalType);
    if (spans.length === 0) continue;
    const from = spans[0].from;
    header.push(
      ...headerCells([[CAPITAL_TYPE_LABELS[capitalType], 0, from, 1, (spans.at(-1)?.to ?? from) - from + 1]]),
    );
  }
  for (const { group, from, to } of groupColumns) {
    header.push(
      ...headerCells([
        [SOURCE_LABELS[group.source], 1, from, 1, to - from + 1],
        ['Cộng', 2, from],
        ...group.units.map((unit, index): [string, number, number] => [unit.name, 2, from + 1 + index]),
      ]),
    );
  }

  const amount = (value: bigint, where: string, blankWhenZero: boolean) =>
    money(blankWhenZero && value === 0n ? null : value, where);
  /** The amount cells of one row: totals, then each group's subtotal and units. */
  const amountCells = (
    where: string,
    totals: BudgetSummaryRow | undefined,
    groupTotal: (group: Group) => BudgetSummaryRow | undefined,
    unitCell: (group: Group, unit: ImplementingUnit) => BudgetSummaryRow | undefined,
    blankWhenZero: boolean,
  ) => [
    amount(totals?.assigned ?? 0n, `${where}, Dự toán giao`, blankWhenZero),
    amount(totals?.allocated ?? 0n, `${where}, Tổng phân bổ`, blankWhenZero),
    amount((totals?.assigned ?? 0n) - (totals?.allocated ?? 0n), `${where}, Chưa phân bổ`, blankWhenZero),
    ...groups.flatMap((group) => [
      amount(groupTotal(group)?.allocated ?? 0n, `${where}, ${group.capitalType} ${group.source}`, blankWhenZero),
      // A unit that received nothing of a row is a blank cell, in every row.
      ...group.units.map((unit) => amount(unitCell(group, unit)?.allocated ?? 0n, `${where}, ${unit.code}`, true)),
    ]),
  ];

  const rows = await projectRows(components, ({ level, component, own }) => {
    if (level === 'TOTAL') {
      return amountCells(
        'Tổng cộng',
        planTotal,
        (group) => totalGroupTotals.get(cellKey(undefined, group, undefined)),
        (group, unit) => totalCells.get(cellKey(undefined, group, unit.id)),
        false,
      );
    }
    const id = component?.id;
    if (level === 'PROJECT') {
      return amountCells(
        `Dự án ${component?.code}`,
        projectTotals.get(String(id)),
        (group) => projectGroupTotals.get(cellKey(id, group, undefined)),
        (group, unit) => projectCells.get(cellKey(id, group, unit.id)),
        true,
      );
    }
    // Money assigned to the project itself, beside its sub-projects', gets a row of its own so
    // that the sub-project rows still add up to the project row.
    const totals = componentTotals.get(String(id));
    if (own && !(totals && (totals.assigned !== 0n || totals.allocated !== 0n))) return null;
    return amountCells(
      `Dòng ${component?.code}`,
      totals,
      (group) => groupTotals.get(cellKey(id, group, undefined)),
      (group, unit) => cells.get(cellKey(id, group, unit.id)),
      true,
    );
  });

  const appendix: DocumentSheet = {
    key: 'appendix',
    name: ALLOCATION_SHEET,
    heading: [
      line(DocumentLineRole.ISSUER, committee.toUpperCase()),
      line(DocumentLineRole.LABEL, 'Phụ lục'),
      line(DocumentLineRole.TITLE, title.toUpperCase()),
      line(DocumentLineRole.BASIS, decision ? `(Kèm theo ${decisionText(decision)} của ${committee})` : '(Dự thảo)'),
      line(DocumentLineRole.UNIT, 'Đơn vị tính: đồng'),
    ],
    columns: columns(
      [CENTER, 6],
      [CENTER, 7],
      [LABEL, 46],
      ...Array.from({ length: nextColumn - 3 }, (): [DocumentColumnAlign, number] => [TEXT, 17]),
    ),
    header,
    rows,
    notes: [
      `Số liệu lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam). Dự toán giao: tổng các quyết định giao dự toán ` +
        `(xem trang "${ENVELOPE_SHEET}"); ô để trống: không phân bổ.`,
    ],
    compact: false,
    footer: `Phụ lục phân bổ kinh phí năm ${plan.year}${decision ? ` - QĐ ${decision.number}` : ' (dự thảo)'}`,
    headerHeight: 45,
  };

  return {
    title,
    sheets: [appendix, await envelopeSheet(em, plan, district, planTotal, { approval, now })],
    fileName: `phan-bo-kinh-phi-${plan.year}${decision ? '' : '-du-thao'}.xlsx`,
    properties: {
      subject: decision ? `Phụ lục ${decisionText(decision)}` : 'Phụ lục phân bổ kinh phí (dự thảo)',
      keywords: `phân bổ kinh phí; giảm nghèo bền vững; ${plan.year}`,
      description: `${plan.title}. Lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam).`,
      company: committee,
      created: now,
    },
  };
};

/**
 * The adjustments after approval, oldest first: one line per adjusting decision, with how many cells
 * it changed (each change is an audit entry) and its reasons.
 */
export const adjustmentNotes = (
  entries: readonly Pick<AuditEntry, 'decisionNumber' | 'decisionDate' | 'reason'>[],
): string[] => {
  const byDecision = new Map<string, { number: string; date: string; reasons: Set<string>; cells: number }>();
  for (const entry of entries) {
    const key = `${entry.decisionNumber}|${entry.decisionDate}`;
    const adjustment = byDecision.get(key) ?? {
      number: entry.decisionNumber ?? '',
      date: entry.decisionDate ?? '',
      reasons: new Set<string>(),
      cells: 0,
    };
    adjustment.cells += 1;
    if (entry.reason) adjustment.reasons.add(entry.reason);
    byDecision.set(key, adjustment);
  }
  return [...byDecision.values()].map((adjustment) => {
    const reasons = [...adjustment.reasons];
    return (
      `Điều chỉnh theo Quyết định số ${adjustment.number}${adjustment.date ? ` ngày ${viDate(adjustment.date)}` : ''}: ` +
      `${adjustment.cells} lần thay đổi ô phân bổ${reasons.length > 0 ? `; lý do: ${reasons.join('; ')}` : ''}.`
    );
  });
};

/** The envelopes, each with the decisions that assigned it, then the approval and later adjustments. */
const envelopeSheet = async (
  em: EntityManager,
  plan: Plan,
  district: AdminUnit,
  planTotal: BudgetSummaryRow | undefined,
  { approval, now }: { approval: AllocationApproval | null; now: Date },
): Promise<DocumentSheet> => {
  // As Plan.envelopes and Envelope.assignments answer them.
  const envelopes = await em.find(
    Envelope,
    { plan },
    { populate: ['component'], orderBy: { component: { position: 'asc' }, capitalType: 'asc', source: 'asc' } },
  );
  const assignments = await em.find(
    EnvelopeAssignment,
    { envelope: { plan } },
    { populate: ['decision', 'createdBy'], orderBy: { id: 'asc' } },
  );
  const adjustments = await em.find(AuditEntry, { plan, action: AuditAction.ADJUST }, { orderBy: { id: 'asc' } });

  const assigned = planTotal?.assigned ?? 0n;
  const allocated = planTotal?.allocated ?? 0n;
  const rows: DocumentRow[] = [
    {
      key: 'total',
      kind: DocumentRowKind.TOTAL,
      cells: [
        text(''),
        text(''),
        text(TOTAL_LABEL),
        blank(6),
        money(assigned, 'Tổng dự toán giao'),
        money(allocated, 'Tổng đã phân bổ'),
        money(assigned - allocated, 'Tổng còn lại'),
        blank(2),
      ],
    },
  ];
  envelopes.forEach((envelope, index) => {
    const component = envelope.component.getEntity();
    const where = `Dự toán ${component.code} ${envelope.capitalType} ${envelope.source}`;
    const stt = String(index + 1);
    rows.push({
      key: stt,
      kind: DocumentRowKind.PROJECT,
      cells: [
        text(stt),
        text(component.code),
        text(componentLabel(component)),
        text(CAPITAL_TYPE_LABELS[envelope.capitalType]),
        text(SOURCE_LABELS[envelope.source]),
        blank(4),
        money(envelope.amount, where),
        money(envelope.allocated, where),
        money(envelope.remaining, where),
        blank(2),
      ],
    });
    const ofEnvelope = assignments.filter((row) => row.envelope.id === envelope.id);
    for (const [position, assignment] of ofEnvelope.entries()) {
      const decision = assignment.decision.getEntity();
      rows.push({
        key: `${stt}.${position + 1}`,
        kind: DocumentRowKind.CHILD,
        cells: [
          blank(2),
          text(assignment.amount < 0n ? 'Giảm dự toán' : 'Giao dự toán'),
          blank(2),
          text(decision.number),
          date(decision.issuedOn),
          text(decision.issuer),
          money(assignment.amount, `${where}, quyết định ${decision.number}`),
          blank(3),
          text(viInstant(assignment.createdAt)),
          text(assignment.createdBy.getEntity().displayName),
        ],
      });
    }
  });

  const notes: string[] = [];
  if (approval) {
    const decision = approval.decision.getEntity();
    notes.push(
      `Phân bổ được phê duyệt theo ${decisionText(decision)} của ${decision.issuer}; ` +
        `ghi nhận lúc ${viInstant(approval.approvedAt)} bởi ${approval.approvedBy.getEntity().displayName}.`,
    );
  } else {
    notes.push('Phân bổ chưa được phê duyệt: phụ lục là bản dự thảo.');
  }
  notes.push(...adjustmentNotes(adjustments));
  notes.push(`Lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam).`);

  return {
    key: 'envelopes',
    name: ENVELOPE_SHEET,
    heading: [
      line(DocumentLineRole.ISSUER, districtCommittee(district).toUpperCase()),
      line(DocumentLineRole.TITLE, `DỰ TOÁN TỈNH GIAO VÀ CÁC QUYẾT ĐỊNH GIAO DỰ TOÁN NĂM ${plan.year}`),
      line(DocumentLineRole.BASIS, '(Kèm theo phụ lục phân bổ kinh phí, để đối chiếu)'),
      line(DocumentLineRole.UNIT, 'Đơn vị tính: đồng'),
    ],
    columns: columns(
      [CENTER, 6],
      [CENTER, 7],
      [LABEL, 40],
      [TEXT, 18],
      [TEXT, 20],
      [TEXT, 16],
      [CENTER, 12],
      [TEXT, 22],
      [TEXT, 17],
      [TEXT, 17],
      [TEXT, 17],
      [TEXT, 17],
      [TEXT, 18],
      [TEXT, 20],
    ),
    header: headerRow([
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
    ]),
    rows,
    notes,
    compact: true,
    footer: `Dự toán giao năm ${plan.year}`,
  };
};
