import type {
  AllocationGridQuery,
  AllocationSaveResultFragment,
  GridAllocationFragment,
} from '../../../apollo/generated';
import { parseMoney } from '../../../ui/format';
import { inputPath } from '../../../ui/user-errors';
import { buildLayout, type SheetLayout } from './layout';
import type { CellIssue, CellKey, PendingChange, ServerCell, SheetSnapshot } from './sheet';

// The wire's shapes (Money as decimal strings, global ids) turned into the model's, and back.

export type GridPlan = AllocationGridQuery['plans'][number];

export interface ServerCellEntry {
  envelopeId: string;
  unitId: string;
  cell: ServerCell;
}

export function toServerCell(allocation: GridAllocationFragment): ServerCellEntry {
  return {
    envelopeId: allocation.envelope.id,
    unitId: allocation.unit.id,
    cell: {
      allocationId: allocation.id,
      amount: parseMoney(allocation.amount),
      version: allocation.version,
      disbursed: parseMoney(allocation.disbursed),
      updatedBy: allocation.updatedBy?.displayName ?? null,
    },
  };
}

export function layoutOf(plan: GridPlan): SheetLayout {
  return buildLayout(
    plan.components.map((component) => ({
      id: component.id,
      code: component.code,
      name: component.name,
      kind: component.kind,
      parentId: component.parent?.id ?? null,
    })),
    plan.implementingUnits.map((unit) => ({ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind })),
    plan.envelopes.map((envelope) => ({
      id: envelope.id,
      componentId: envelope.component.id,
      capitalType: envelope.capitalType,
      source: envelope.source,
    })),
  );
}

export function snapshotOf(plan: GridPlan): SheetSnapshot {
  return {
    envelopes: plan.envelopes.map((envelope) => ({ id: envelope.id, amount: parseMoney(envelope.amount) })),
    unitIds: plan.implementingUnits.map((unit) => unit.id),
    cells: plan.allocations.map(toServerCell),
  };
}

export function toChangeInput(change: PendingChange) {
  return {
    envelopeId: change.envelopeId,
    unitId: change.unitId,
    amount: change.amount.toString(),
    expectedVersion: change.expectedVersion,
  };
}

export interface SaveOutcome {
  /** The cells as saved; empty unless the whole save went through. */
  saved: ServerCellEntry[];
  /** The current cells of changes whose version was stale. */
  conflicts: ServerCellEntry[];
  /** Refusals about one change, by the cell they are about. */
  cellIssues: Map<CellKey, CellIssue>;
  /** Refusals about the save as a whole (the plan is locked, a decision is missing, ...). */
  generalIssues: (CellIssue & { field: readonly string[] | null })[];
}

/**
 * Reads a save's answer. A userError's field is ["input", "changes", "<index>", ...]: the index
 * points into the changes sent, which is how a refusal finds its cell.
 */
export function readSaveResult(sent: readonly PendingChange[], payload: AllocationSaveResultFragment): SaveOutcome {
  const cellIssues = new Map<CellKey, CellIssue>();
  const generalIssues: SaveOutcome['generalIssues'] = [];
  for (const error of payload.userErrors) {
    const path = inputPath(error.field);
    const change = path?.[0] === 'changes' && path[1] !== undefined ? sent[Number(path[1])] : undefined;
    const issue = { code: error.code, message: error.message };
    if (change) cellIssues.set(change.key, issue);
    else generalIssues.push({ ...issue, field: error.field ?? null });
  }
  return {
    saved: payload.allocations.map(toServerCell),
    conflicts: payload.conflicts.map((conflict) => toServerCell(conflict.current)),
    cellIssues,
    generalIssues,
  };
}
