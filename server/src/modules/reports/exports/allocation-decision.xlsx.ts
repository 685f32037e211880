import type { EntityManager } from '@mikro-orm/postgresql';
import type ExcelJS from 'exceljs';
import { AllocationApproval } from '../../budget/approval.entity';
import { AuditEntry } from '../../budget/audit-entry.entity';
import { AuditAction, BudgetDimension, type CapitalType, type FundingSource } from '../../budget/budget.enums';
import type { BudgetSummaryRow } from '../../budget/budget.payloads';
import { budgetSummary } from '../../budget/budget-summary.service';
import { Envelope, EnvelopeAssignment } from '../../budget/envelope.entity';
import type { AdminUnit } from '../../places/admin-unit.entity';
import type { ImplementingUnit } from '../../plan/implementing-unit.entity';
import { Plan } from '../../plan/plan.entity';
import { PlanUnit } from '../../plan/plan-unit.entity';
import type { ProgramComponent } from '../../plan/program-component.entity';
import {
  AMOUNT_FORMAT,
  type BodyCell,
  CAPITAL_TYPE_LABELS,
  CAPITAL_TYPE_ORDER,
  componentLabel,
  DATE_FORMAT,
  districtCommittee,
  type ExportFile,
  finishSheet,
  type HeaderCell,
  newWorkbook,
  PROJECT_OWN_LABEL,
  projectTree,
  type RowKind,
  SOURCE_LABELS,
  SOURCE_ORDER,
  spreadsheetAmount,
  spreadsheetDate,
  viDate,
  viInstant,
  writeBodyRow,
  writeHeader,
  writeNote,
  writeTitleBlock,
  writeXlsx,
} from './workbook';

export const ALLOCATION_SHEET = 'Phân bổ';
export const ENVELOPE_SHEET = 'Dự toán giao';

const { COMPONENT, PROJECT, CAPITAL_TYPE, SOURCE, UNIT } = BudgetDimension;

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

/**
 * The allocation table in the layout of an allocation decision's appendix, and the envelopes with
 * their assignment decisions. Every amount is one budgetSummary answer (the query the API serves),
 * never a sum made here: the project rows, the row totals and the Tổng cộng row are asked for
 * grouped that way, so the sheet adds up exactly when the API does. Null for an unknown plan.
 */
export const allocationDecisionXlsx = async (
  em: EntityManager,
  planId: number,
  now: Date = new Date(),
): Promise<ExportFile | null> => {
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
  const projectRows = await ask([PROJECT]);
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
  const projectTotals = indexed(projectRows, (row) => String(row.project?.id));

  const title = `Phân bổ kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm ${plan.year}`;
  const decision = approval?.decision.getEntity() ?? null;
  const workbook = newWorkbook({
    title,
    subject: decision
      ? `Phụ lục Quyết định số ${decision.number} ngày ${viDate(decision.issuedOn)}`
      : 'Phụ lục phân bổ kinh phí (dự thảo)',
    keywords: `phân bổ kinh phí; giảm nghèo bền vững; ${plan.year}`,
    description: `${plan.title}. Lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam).`,
    company: districtCommittee(district),
    now,
  });

  // ---- Sheet 1: the appendix table.
  const sheet = workbook.addWorksheet(ALLOCATION_SHEET);
  const FIRST_GROUP_COLUMN = 7;
  const groupColumns: { group: Group; from: number; to: number }[] = [];
  let nextColumn = FIRST_GROUP_COLUMN;
  for (const group of groups) {
    groupColumns.push({ group, from: nextColumn, to: nextColumn + group.units.length });
    nextColumn += group.units.length + 1;
  }
  const width = nextColumn - 1;

  const headerFrom = writeTitleBlock(sheet, width, [
    { text: districtCommittee(district).toUpperCase(), bold: true, align: 'left' },
    { text: 'Phụ lục', bold: true, size: 13 },
    { text: title.toUpperCase(), bold: true, size: 13 },
    {
      text: decision
        ? `(Kèm theo Quyết định số ${decision.number} ngày ${viDate(decision.issuedOn)} của ${districtCommittee(district)})`
        : '(Dự thảo)',
      italic: true,
    },
    { text: 'Đơn vị tính: đồng', italic: true, align: 'right' },
  ]);
  const headerTo = headerFrom + 2;
  const header: HeaderCell[] = [
    ['STT', 1],
    ['Mã', 2],
    ['Dự án, tiểu dự án', 3],
    ['Dự toán giao', 4],
    ['Tổng phân bổ cho đơn vị', 5],
    ['Chưa phân bổ', 6],
  ].map(([text, column]) => ({
    text: text as string,
    fromColumn: column as number,
    fromRow: headerFrom,
    toRow: headerTo,
  }));
  for (const capitalType of CAPITAL_TYPE_ORDER) {
    const spans = groupColumns.filter((span) => span.group.capitalType === capitalType);
    if (spans.length === 0) continue;
    header.push({
      text: CAPITAL_TYPE_LABELS[capitalType],
      fromColumn: spans[0].from,
      toColumn: spans.at(-1)?.to,
      fromRow: headerFrom,
    });
  }
  for (const { group, from, to } of groupColumns) {
    header.push({ text: SOURCE_LABELS[group.source], fromColumn: from, toColumn: to, fromRow: headerFrom + 1 });
    header.push({ text: 'Cộng', fromColumn: from, fromRow: headerTo });
    group.units.forEach((unit, index) => {
      header.push({ text: unit.name, fromColumn: from + 1 + index, fromRow: headerTo });
    });
  }
  writeHeader(sheet, header);

  const amount = (value: bigint | undefined, where: string, blankWhenZero: boolean): BodyCell => ({
    value: value === undefined || (blankWhenZero && value === 0n) ? null : spreadsheetAmount(value, where),
    numFmt: AMOUNT_FORMAT,
  });

  /** The amount cells of one row: totals, then each group's subtotal and units. */
  const amountCells = (
    where: string,
    totals: BudgetSummaryRow | undefined,
    groupTotal: (group: Group) => BudgetSummaryRow | undefined,
    unitCell: (group: Group, unit: ImplementingUnit) => BudgetSummaryRow | undefined,
    blankWhenZero: boolean,
  ): BodyCell[] => [
    amount(totals?.assigned ?? 0n, `${where}, Dự toán giao`, blankWhenZero),
    amount(totals?.allocated ?? 0n, `${where}, Tổng phân bổ`, blankWhenZero),
    amount((totals?.assigned ?? 0n) - (totals?.allocated ?? 0n), `${where}, Chưa phân bổ`, blankWhenZero),
    ...groups.flatMap((group) => [
      amount(groupTotal(group)?.allocated ?? 0n, `${where}, ${group.capitalType} ${group.source}`, blankWhenZero),
      ...group.units.map((unit) => amount(unitCell(group, unit)?.allocated ?? 0n, `${where}, ${unit.code}`, true)),
    ]),
  ];

  const label = (stt: string, code: string, text: string): BodyCell[] => [
    { value: stt },
    { value: code },
    { value: text },
  ];

  let rowNumber = headerTo + 1;
  const addRow = (kind: RowKind, cellsOfRow: BodyCell[]) => writeBodyRow(sheet, rowNumber++, kind, cellsOfRow, 3);

  addRow('total', [
    ...label('', '', 'TỔNG CỘNG'),
    ...amountCells(
      'Tổng cộng',
      planTotal,
      (group) => totalGroupTotals.get(cellKey(undefined, group, undefined)),
      (group, unit) => totalCells.get(cellKey(undefined, group, unit.id)),
      false,
    ),
  ]);
  const componentCells = (component: ProgramComponent, kind: RowKind, stt: string, text: string) =>
    addRow(kind, [
      ...label(stt, component.code, text),
      ...amountCells(
        `Dòng ${component.code}`,
        componentTotals.get(String(component.id)),
        (group) => groupTotals.get(cellKey(component.id, group, undefined)),
        (group, unit) => cells.get(cellKey(component.id, group, unit.id)),
        true,
      ),
    ]);
  for (const { project, numeral, children } of projectTree(components)) {
    addRow('project', [
      ...label(numeral, project.code, componentLabel(project)),
      ...amountCells(
        `Dự án ${project.code}`,
        projectTotals.get(String(project.id)),
        (group) => projectGroupTotals.get(cellKey(project.id, group, undefined)),
        (group, unit) => projectCells.get(cellKey(project.id, group, unit.id)),
        true,
      ),
    ]);
    if (children.length === 0) continue;
    // Money assigned to the project itself, beside its sub-projects', gets a row of its own so
    // that the sub-project rows still add up to the project row.
    const own = componentTotals.get(String(project.id));
    if (own && (own.assigned !== 0n || own.allocated !== 0n)) componentCells(project, 'child', '-', PROJECT_OWN_LABEL);
    for (const [index, child] of children.entries()) {
      componentCells(child, 'child', String(index + 1), componentLabel(child));
    }
  }

  const lastRow = rowNumber - 1;
  writeNote(
    sheet,
    lastRow + 2,
    width,
    `Số liệu lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam). Dự toán giao: tổng các quyết định giao dự toán ` +
      `(xem trang "${ENVELOPE_SHEET}"); ô để trống: không phân bổ.`,
  );
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 7;
  sheet.getColumn(3).width = 46;
  for (let column = 4; column <= width; column++) sheet.getColumn(column).width = 17;
  sheet.getRow(headerTo).height = 45;
  finishSheet(sheet, {
    headerFrom,
    headerTo,
    frozenColumns: 3,
    footer: `Phụ lục phân bổ kinh phí năm ${plan.year}${decision ? ` - QĐ ${decision.number}` : ' (dự thảo)'}`,
  });

  await writeEnvelopeSheet(workbook, em, plan, district, planTotal, { approval, now });

  return {
    fileName: `phan-bo-kinh-phi-${plan.year}${decision ? '' : '-du-thao'}.xlsx`,
    content: await writeXlsx(workbook),
  };
};

/** The envelopes, each with the decisions that assigned it, then the approval and later adjustments. */
const writeEnvelopeSheet = async (
  workbook: ExcelJS.Workbook,
  em: EntityManager,
  plan: Plan,
  district: AdminUnit,
  planTotal: BudgetSummaryRow | undefined,
  { approval, now }: { approval: AllocationApproval | null; now: Date },
): Promise<void> => {
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

  const sheet = workbook.addWorksheet(ENVELOPE_SHEET);
  const width = 14;
  const headerFrom = writeTitleBlock(sheet, width, [
    { text: districtCommittee(district).toUpperCase(), bold: true, align: 'left' },
    { text: `DỰ TOÁN TỈNH GIAO VÀ CÁC QUYẾT ĐỊNH GIAO DỰ TOÁN NĂM ${plan.year}`, bold: true, size: 13 },
    { text: '(Kèm theo phụ lục phân bổ kinh phí, để đối chiếu)', italic: true },
    { text: 'Đơn vị tính: đồng', italic: true, align: 'right' },
  ]);
  const headers = [
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
  ];
  writeHeader(
    sheet,
    headers.map((text, index) => ({ text, fromColumn: index + 1, fromRow: headerFrom })),
  );
  const money = (value: bigint, where: string): BodyCell => ({
    value: spreadsheetAmount(value, where),
    numFmt: AMOUNT_FORMAT,
  });
  const blanks = (count: number): BodyCell[] => Array.from({ length: count }, () => ({ value: null }));

  let rowNumber = headerFrom + 1;
  const assigned = planTotal?.assigned ?? 0n;
  const allocated = planTotal?.allocated ?? 0n;
  writeBodyRow(
    sheet,
    rowNumber++,
    'total',
    [
      { value: '' },
      { value: '' },
      { value: 'TỔNG CỘNG' },
      ...blanks(6),
      money(assigned, 'Tổng dự toán giao'),
      money(allocated, 'Tổng đã phân bổ'),
      money(assigned - allocated, 'Tổng còn lại'),
      ...blanks(2),
    ],
    3,
  );
  envelopes.forEach((envelope, index) => {
    const component = envelope.component.getEntity();
    const where = `Dự toán ${component.code} ${envelope.capitalType} ${envelope.source}`;
    writeBodyRow(
      sheet,
      rowNumber++,
      'project',
      [
        { value: String(index + 1) },
        { value: component.code },
        { value: componentLabel(component) },
        { value: CAPITAL_TYPE_LABELS[envelope.capitalType] },
        { value: SOURCE_LABELS[envelope.source] },
        ...blanks(4),
        money(envelope.amount, where),
        money(envelope.allocated, where),
        money(envelope.remaining, where),
        ...blanks(2),
      ],
      3,
    );
    for (const assignment of assignments.filter((row) => row.envelope.id === envelope.id)) {
      const decision = assignment.decision.getEntity();
      writeBodyRow(
        sheet,
        rowNumber++,
        'child',
        [
          ...blanks(2),
          { value: assignment.amount < 0n ? 'Giảm dự toán' : 'Giao dự toán' },
          ...blanks(2),
          { value: decision.number },
          { value: spreadsheetDate(decision.issuedOn), numFmt: DATE_FORMAT },
          { value: decision.issuer },
          money(assignment.amount, `${where}, quyết định ${decision.number}`),
          ...blanks(3),
          { value: viInstant(assignment.createdAt) },
          { value: assignment.createdBy.getEntity().displayName },
        ],
        3,
      );
    }
  });

  const notes: string[] = [];
  if (approval) {
    const decision = approval.decision.getEntity();
    notes.push(
      `Phân bổ được phê duyệt theo Quyết định số ${decision.number} ngày ${viDate(decision.issuedOn)} của ` +
        `${decision.issuer}; ghi nhận lúc ${viInstant(approval.approvedAt)} bởi ${approval.approvedBy.getEntity().displayName}.`,
    );
  } else {
    notes.push('Phân bổ chưa được phê duyệt: phụ lục là bản dự thảo.');
  }
  // Adjustments after approval: one line per adjusting decision (each changed cell is an audit entry).
  const byDecision = new Map<string, { number: string; date: string; reasons: Set<string>; cells: number }>();
  for (const entry of adjustments) {
    const key = `${entry.decisionNumber}|${entry.decisionDate}`;
    const line = byDecision.get(key) ?? {
      number: entry.decisionNumber ?? '',
      date: entry.decisionDate ?? '',
      reasons: new Set<string>(),
      cells: 0,
    };
    line.cells += 1;
    if (entry.reason) line.reasons.add(entry.reason);
    byDecision.set(key, line);
  }
  for (const line of byDecision.values()) {
    notes.push(
      `Điều chỉnh theo Quyết định số ${line.number}${line.date ? ` ngày ${viDate(line.date)}` : ''}: ` +
        `${line.cells} lần thay đổi ô phân bổ${line.reasons.size > 0 ? `; lý do: ${[...line.reasons].join('; ')}` : ''}.`,
    );
  }
  notes.push(`Lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam).`);
  for (const [index, note] of notes.entries()) writeNote(sheet, rowNumber + 1 + index, width, note);

  const widths = [6, 7, 40, 18, 20, 16, 12, 22, 17, 17, 17, 17, 18, 20];
  widths.forEach((columnWidth, index) => {
    sheet.getColumn(index + 1).width = columnWidth;
  });
  finishSheet(sheet, {
    headerFrom,
    headerTo: headerFrom,
    frozenColumns: 3,
    footer: `Dự toán giao năm ${plan.year}`,
  });
};
