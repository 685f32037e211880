import { type AmountUnit, formatAmount, formatAmountExact } from '../../../ui/amount';
import type { AllocationMessages } from '../../../ui/i18n/messages';
import type { SheetLayout, SheetRow, UnitInfo } from './layout';
import { type AllocationSheet, type CellKey, type CellState, cellKey } from './sheet';

// The grid's columns and what each cell says, independent of AG Grid: the grid renders these,
// the clipboard copies them, the exports write them.

export const COLUMN = {
  component: 'component',
  capitalType: 'capitalType',
  source: 'source',
  assigned: 'assigned',
  allocated: 'allocated',
  remaining: 'remaining',
  disbursed: 'disbursed',
} as const;

export const LEFT_COLUMNS = [COLUMN.component, COLUMN.capitalType, COLUMN.source, COLUMN.assigned] as const;
export const RIGHT_COLUMNS = [COLUMN.allocated, COLUMN.remaining, COLUMN.disbursed] as const;

export const unitColumnId = (unit: Pick<UnitInfo, 'code'>): string => `u:${unit.code}`;

/** The pinned bottom line: totals over every envelope. */
export interface TotalRow {
  kind: 'total';
  key: 'total';
}

export const TOTAL_ROW: TotalRow = { kind: 'total', key: 'total' };

export type GridRow = SheetRow | TotalRow;

/** Every column in display order: labels and assigned on the left, units, then the row's totals. */
export function columnIds(layout: SheetLayout): string[] {
  return [...LEFT_COLUMNS, ...layout.units.map(unitColumnId), ...RIGHT_COLUMNS];
}

export interface CellText {
  /** What the cell shows. */
  text: string;
  /** A symbol that carries the cell's state without colour. */
  flag: string;
  /** The longer explanation (tooltip; also read by the history panel). */
  title: string;
  /** Exact amount in đồng, for tests and the clipboard; empty when the cell holds no amount. */
  amount: string;
  state: CellState | 'exceeds' | null;
}

const FLAGS: Record<CellState, string> = { clean: '', changed: '✎', invalid: '⚠', conflict: '⇄', error: '✖' };

export class CellDescriber {
  private readonly unitIdByColumn: ReadonlyMap<string, string>;

  constructor(
    private readonly layout: SheetLayout,
    private readonly sheet: AllocationSheet,
    private readonly unit: AmountUnit,
    private readonly t: AllocationMessages,
  ) {
    this.unitIdByColumn = new Map(layout.units.map((unit) => [unitColumnId(unit), unit.id]));
  }

  unitIdOf(columnId: string): string | undefined {
    return this.unitIdByColumn.get(columnId);
  }

  /** The cell that `columnId` of `row` edits, when it is an allocation cell. */
  cellKeyOf(row: GridRow, columnId: string): CellKey | null {
    const unitId = this.unitIdByColumn.get(columnId);
    return row.kind === 'envelope' && unitId ? cellKey(row.envelopeId, unitId) : null;
  }

  /** The envelopes a row adds up. */
  envelopeIdsOf(row: GridRow): string[] {
    if (row.kind === 'envelope') return [row.envelopeId];
    if (row.kind === 'project') return row.envelopeIds;
    return [...this.layout.envelopeRows.keys()];
  }

  label(row: GridRow): string {
    if (row.kind === 'total') return this.t.total;
    if (row.kind === 'project') return this.t.projectSubtotal(row.project.code, row.project.name);
    return `${row.component.code} ${row.component.name}`;
  }

  describe(row: GridRow, columnId: string): CellText {
    switch (columnId) {
      case COLUMN.component: {
        const text = this.label(row);
        return plain(text, text);
      }
      case COLUMN.capitalType:
        return row.kind === 'envelope'
          ? plain(this.t.capitalTypeShort[row.capitalType], this.t.capitalType[row.capitalType])
          : plain('', '');
      case COLUMN.source:
        return row.kind === 'envelope'
          ? plain(this.t.sourceShort[row.source], this.t.source[row.source])
          : plain('', '');
      case COLUMN.assigned:
      case COLUMN.allocated:
      case COLUMN.remaining:
      case COLUMN.disbursed:
        return this.describeTotal(row, columnId);
      default:
        return this.describeUnitCell(row, columnId);
    }
  }

  /** The text a copy puts on the clipboard: amounts exact in the unit shown, labels as shown. */
  clipboardText(row: GridRow, columnId: string): string {
    const key = this.cellKeyOf(row, columnId);
    if (key) {
      const view = this.sheet.view(key);
      if (view.invalidText !== null) return view.invalidText;
      return view.value === null ? '' : formatAmountExact(view.value, this.unit);
    }
    const cell = this.describe(row, columnId);
    return cell.amount === '' ? cell.text : formatAmountExact(BigInt(cell.amount), this.unit);
  }

  /** The exact amount a cell stands for (null for labels and empty cells). */
  amountOf(row: GridRow, columnId: string): bigint | null {
    const cell = this.describe(row, columnId);
    return cell.amount === '' ? null : BigInt(cell.amount);
  }

  private describeTotal(row: GridRow, columnId: string): CellText {
    const totals = this.sheet.totals(this.envelopeIdsOf(row));
    const value =
      columnId === COLUMN.assigned
        ? totals.assigned
        : columnId === COLUMN.allocated
          ? totals.allocated
          : columnId === COLUMN.remaining
            ? totals.remaining
            : totals.disbursed;
    if (columnId === COLUMN.remaining && value < 0n) {
      const over = formatAmount(-value, this.unit);
      const text = this.t.exceeds(over);
      return { text, flag: '⚠', title: text, amount: value.toString(), state: 'exceeds' };
    }
    return { text: formatAmount(value, this.unit), flag: '', title: '', amount: value.toString(), state: null };
  }

  private describeUnitCell(row: GridRow, columnId: string): CellText {
    const unitId = this.unitIdByColumn.get(columnId);
    if (!unitId) return plain('', '');
    if (row.kind !== 'envelope') {
      const sum = this.sheet.unitSum(this.envelopeIdsOf(row), unitId);
      return { text: formatAmount(sum, this.unit), flag: '', title: '', amount: sum.toString(), state: null };
    }
    const view = this.sheet.view(cellKey(row.envelopeId, unitId));
    const text =
      view.invalidText !== null ? view.invalidText : view.value === null ? '' : formatAmount(view.value, this.unit);
    const reasons: string[] = [];
    if (view.state !== 'clean') reasons.push(this.t.cellState[view.state]);
    if (view.invalidError) reasons.push(this.t.amountError[view.invalidError]);
    if (view.issue) reasons.push(this.t.errorCode[view.issue.code] ?? view.issue.message);
    if (view.state === 'conflict' && view.server) {
      reasons.push(`${this.t.conflicts.theirs}: ${formatAmount(view.server.amount, this.unit)}`);
    }
    return {
      text,
      flag: FLAGS[view.state],
      title: reasons.join(' — '),
      amount: view.value === null ? '' : view.value.toString(),
      state: view.state === 'clean' ? null : view.state,
    };
  }
}

function plain(text: string, title: string): CellText {
  return { text, flag: '', title, amount: '', state: null };
}
