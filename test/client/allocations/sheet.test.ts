import { describe, expect, it } from 'vitest';
import { cellKey, type SheetChange } from '../../../client/src/features/allocations/model/sheet';
import { loadedSheet, serverCell } from './fixture';

const IATOI = cellKey('e31a', 'u2');
const IADAL = cellKey('e31a', 'u3');
const OFFICE = cellKey('e31a', 'u1');

describe('AllocationSheet: drafts over the server cells', () => {
  it('keeps typed amounts as drafts with the version the officer saw, and totals them with BigInt', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IADAL, text: '250 triệu' }]);
    sheet.edit([{ key: IATOI, text: '1.000.000.000' }]);
    expect(sheet.view(IADAL)).toMatchObject({ state: 'changed', value: 250_000_000n });
    expect(sheet.pendingChanges()).toEqual([
      { key: IADAL, envelopeId: 'e31a', unitId: 'u3', amount: 250_000_000n, expectedVersion: null },
      { key: IATOI, envelopeId: 'e31a', unitId: 'u2', amount: 1_000_000_000n, expectedVersion: 1 },
    ]);
    expect(sheet.totals(['e31a'])).toEqual({
      assigned: 1_500_000_000n,
      allocated: 1_250_000_000n,
      remaining: 250_000_000n,
      disbursed: 0n,
    });
    expect(sheet.unitSum(['e31a', 'e31b'], 'u2')).toBe(1_000_000_000n);
  });

  it('keeps invalid text in the cell, counts it, never sends it, and leaves the totals alone', () => {
    const sheet = loadedSheet();
    const outcome = sheet.edit([{ key: IATOI, text: '1,5,0' }]);
    expect(outcome.invalid).toEqual([IATOI]);
    expect(sheet.view(IATOI)).toMatchObject({
      state: 'invalid',
      value: null,
      invalidText: '1,5,0',
      invalidError: 'MALFORMED',
    });
    expect(sheet.pendingChanges()).toEqual([]);
    expect(sheet.counts()).toMatchObject({ changed: 1, invalid: 1 });
    expect(sheet.totals(['e31a']).allocated).toBe(500_000_000n);
  });

  it('treats typing the server value back, or clearing an empty cell, as no change', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, text: '500 triệu' }]);
    sheet.edit([{ key: OFFICE, text: '' }]);
    expect(sheet.hasDrafts()).toBe(false);
    expect(sheet.canUndo()).toBe(false);
    sheet.edit([{ key: IATOI, text: '' }]);
    expect(sheet.view(IATOI)).toMatchObject({ state: 'changed', value: 0n });
  });

  it('reads bare numbers in the unit shown', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IADAL, text: '1.234,5' }], 'MILLION');
    expect(sheet.view(IADAL).value).toBe(1_234_500_000n);
  });

  it('ignores cells outside the grid', () => {
    const sheet = loadedSheet();
    expect(sheet.edit([{ key: cellKey('nope', 'u1'), value: 5n }]).changed).toEqual([]);
  });

  it('tells listeners which cells changed, and previews a cell being typed in without a draft', () => {
    const sheet = loadedSheet();
    const changes: SheetChange[] = [];
    sheet.subscribe((change) => changes.push(change));
    sheet.setPreview(IADAL, '2 tỷ', 'DONG');
    expect(sheet.totals(['e31a']).remaining).toBe(-1_000_000_000n);
    expect(sheet.hasDrafts()).toBe(false);
    sheet.clearPreview();
    expect(sheet.totals(['e31a']).remaining).toBe(1_000_000_000n);
    sheet.edit([{ key: IADAL, value: 7n }]);
    expect(changes).toEqual([{ keys: [IADAL], preview: true }, { keys: [IADAL], preview: true }, { keys: [IADAL] }]);
  });
});

describe('AllocationSheet: undo and redo', () => {
  it('undoes a whole paste as one step, then redoes it', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IADAL, text: '1' }]);
    sheet.edit([
      { key: OFFICE, text: '10' },
      { key: IADAL, text: '20' },
      { key: cellKey('e32', 'u1'), text: '30' },
    ]);
    expect(sheet.undo()).toEqual([cellKey('e32', 'u1'), IADAL, OFFICE]);
    expect(sheet.view(IADAL).value).toBe(1n);
    expect(sheet.view(OFFICE).draft).toBeUndefined();
    expect(sheet.view(cellKey('e32', 'u1')).value).toBeNull();
    expect(sheet.redo()).toHaveLength(3);
    expect(sheet.view(IADAL).value).toBe(20n);
    expect(sheet.undo()).not.toBeNull();
    expect(sheet.undo()).toEqual([IADAL]);
    expect(sheet.hasDrafts()).toBe(false);
    expect(sheet.undo()).toBeNull();
  });

  it('forgets the redo steps after a new edit, and everything after a save', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IADAL, value: 1n }]);
    sheet.undo();
    sheet.edit([{ key: OFFICE, value: 2n }]);
    expect(sheet.canRedo()).toBe(false);
    const sent = sheet.pendingChanges();
    sheet.markSaved(sent, [{ envelopeId: 'e31a', unitId: 'u1', cell: serverCell(2n, 1, 'a2') }]);
    expect(sheet.canUndo()).toBe(false);
    expect(sheet.hasDrafts()).toBe(false);
    expect(sheet.view(OFFICE)).toMatchObject({ state: 'clean', value: 2n });
  });

  it('discards every change as one step that can be undone', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IADAL, value: 1n }]);
    sheet.edit([{ key: OFFICE, value: 2n }]);
    sheet.discardAll();
    expect(sheet.hasDrafts()).toBe(false);
    sheet.undo();
    expect(sheet.counts().changed).toBe(2);
  });
});

describe('AllocationSheet: other officers and conflicts', () => {
  it('updates a cell nobody is changing here when someone else saves it', () => {
    const sheet = loadedSheet();
    expect(
      sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(600_000_000n, 2, 'a1') }]),
    ).toEqual([IATOI]);
    expect(sheet.view(IATOI)).toMatchObject({ state: 'clean', value: 600_000_000n });
  });

  it('flags a conflict, instead of overwriting, when a cell changed here is saved elsewhere', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 700_000_000n }]);
    sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(600_000_000n, 2, 'a1') }]);
    expect(sheet.view(IATOI)).toMatchObject({ state: 'conflict', value: 700_000_000n });
    expect(sheet.view(IATOI).server?.amount).toBe(600_000_000n);
    expect(sheet.conflictKeys()).toEqual([IATOI]);
    expect(sheet.counts().conflicts).toBe(1);
  });

  it('keeps mine on the new version, so the next save overwrites theirs knowingly', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 700_000_000n }]);
    sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(600_000_000n, 2, 'a1') }]);
    sheet.resolveConflict(IATOI, 'mine');
    expect(sheet.view(IATOI).state).toBe('changed');
    expect(sheet.pendingChanges()[0]).toMatchObject({ amount: 700_000_000n, expectedVersion: 2 });
  });

  it('takes theirs by dropping the draft', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 700_000_000n }]);
    sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(600_000_000n, 2, 'a1') }]);
    sheet.resolveConflict(IATOI, 'theirs');
    expect(sheet.view(IATOI)).toMatchObject({ state: 'clean', value: 600_000_000n });
  });

  it('sees no conflict when the other officer saved the same amount', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 600_000_000n }]);
    sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(600_000_000n, 2, 'a1') }]);
    expect(sheet.hasDrafts()).toBe(false);
  });

  it('flags a conflict when someone creates a cell that is new here too', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IADAL, value: 1n }]);
    sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u3', cell: serverCell(2n, 1, 'a9') }]);
    expect(sheet.view(IADAL).state).toBe('conflict');
  });

  it('ignores echoes and stale events: a cell never steps back', () => {
    const sheet = loadedSheet();
    expect(sheet.applyServerCells([{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(1n, 1, 'a1') }])).toEqual([]);
    expect(sheet.view(IATOI).value).toBe(500_000_000n);
  });

  it('keeps drafts across a reload, turning the ones whose cell moved into conflicts', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 9n }]);
    sheet.edit([{ key: IADAL, value: 8n }]);
    sheet.load({
      envelopes: [
        { id: 'e31a', amount: 1_500_000_000n },
        { id: 'e31b', amount: 800_000_000n },
      ],
      unitIds: ['u1', 'u2', 'u3'],
      cells: [{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(5n, 3, 'a1') }],
    });
    expect(sheet.view(IATOI).state).toBe('conflict');
    expect(sheet.view(IADAL).state).toBe('changed');
  });

  it('rebases a cell typed over during a save on the version the save produced', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 1n }]);
    const sent = sheet.pendingChanges();
    sheet.edit([{ key: IATOI, value: 2n }]);
    sheet.markSaved(sent, [{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(1n, 2, 'a1') }]);
    expect(sheet.view(IATOI)).toMatchObject({ state: 'changed', value: 2n });
    expect(sheet.pendingChanges()[0]?.expectedVersion).toBe(2);
  });

  it('puts the server refusals on their cells until the cell is edited', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: IATOI, value: 2_000_000_000n }]);
    sheet.setIssues(new Map([[IATOI, { code: 'EXCEEDS_ENVELOPE', message: 'too much' }]]));
    expect(sheet.view(IATOI)).toMatchObject({ state: 'error', issue: { code: 'EXCEEDS_ENVELOPE' } });
    expect(sheet.exceededEnvelopes()).toEqual(['e31a']);
    sheet.edit([{ key: IATOI, value: 1n }]);
    expect(sheet.view(IATOI).state).toBe('changed');
  });
});
