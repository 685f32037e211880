import type {
  CellEditRequestEvent,
  CellFocusedEvent,
  ColDef,
  ColGroupDef,
  GridApi,
  GridReadyEvent,
  IRowNode,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { type ClipboardEvent, type Ref, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { AmountUnit } from '../../../ui/amount';
import { DataGrid } from '../../../ui/grid/DataGrid';
import { parseTsv, toTsv } from '../../../ui/grid/tsv';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import {
  blockTexts,
  type CellPos,
  type GridShape,
  inRect,
  planFillDown,
  planPaste,
  type Rect,
  rectOf,
} from '../model/block';
import { CellDescriber, COLUMN, columnIds, type GridRow, TOTAL_ROW, unitColumnId } from '../model/columns';
import type { SheetLayout } from '../model/layout';
import type { AllocationSheet, CellInput, CellKey, SheetChange } from '../model/sheet';
import { splitCellKey } from '../model/sheet';
import { AmountCellEditor, type AmountEditorParams, type SheetCellParams, SheetCellRenderer } from './grid-cells';

/** The cell with the keyboard focus, as the page's side panel needs it. */
export interface FocusedCell {
  row: GridRow;
  columnId: string;
  cellKey: CellKey | null;
}

export interface AllocationGridHandle {
  /** Briefly highlights cells someone else just changed. */
  flash(keys: readonly CellKey[]): void;
  /** Moves the keyboard focus to a cell (from a list of conflicts or refusals). */
  focusCell(key: CellKey): void;
  /** Ends an edit in progress, keeping what was typed (before a save by keyboard). */
  commitEdit(): void;
}

interface AllocationGridProps {
  sheet: AllocationSheet;
  layout: SheetLayout;
  unit: AmountUnit;
  /** Money may be written here: a writer's role and an unlocked (or adjusting) plan. */
  editable: boolean;
  onFocusChange: (cell: FocusedCell | null) => void;
  /** One sentence about what a paste, fill, copy, clear or undo did. */
  onReport: (message: string) => void;
  ref?: Ref<AllocationGridHandle>;
}

interface Selection {
  anchor: CellPos;
  focus: CellPos;
}

const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 60;
const GROUP_HEADER_HEIGHT = 30;

/**
 * The height that shows every row, the headers, the totals line and a horizontal scrollbar: a
 * short plan fits the page, a long one scrolls inside the grid with its headers and totals in view.
 */
export function gridHeight(rows: number): string {
  const fit = GROUP_HEADER_HEIGHT + HEADER_HEIGHT + (rows + 1) * ROW_HEIGHT + 20;
  return `min(${fit}px, max(24rem, calc(100vh - 10rem)))`;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The allocation grid: AG Grid Community with spreadsheet habits built on top. Cell contents live
 * in the sheet model; the grid only renders them, and every change goes through the sheet (one
 * undo step per typed cell, paste, fill or clear).
 */
export function AllocationGrid({ sheet, layout, unit, editable, onFocusChange, onReport, ref }: AllocationGridProps) {
  const { t } = useI18n();
  const messages = t.allocations;
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const selectionRef = useRef<Selection | null>(null);
  const shiftPointerRef = useRef(false);

  const describer = useMemo(() => new CellDescriber(layout, sheet, unit, messages), [layout, sheet, unit, messages]);
  const columns = useMemo(() => columnIds(layout), [layout]);
  const columnIndex = useMemo(() => new Map(columns.map((id, index) => [id, index])), [columns]);
  const shape = useMemo<GridShape>(
    () => ({
      rows: layout.rows.map((row) => ({ key: row.key, editable: editable && row.kind === 'envelope' })),
      columns: columns.map((id) => ({ key: id, editable: editable && describer.unitIdOf(id) !== undefined })),
    }),
    [layout, columns, editable, describer],
  );
  // Handlers registered once with the grid read the latest values through this ref.
  const live = useRef({ describer, shape, columns, columnIndex, unit, editable, messages, onFocusChange, onReport });
  live.current = { describer, shape, columns, columnIndex, unit, editable, messages, onFocusChange, onReport };

  const isSelected = useCallback((rowIndex: number | null, columnId: string, pinned: boolean): boolean => {
    const selection = selectionRef.current;
    if (!selection || pinned || rowIndex === null) return false;
    const rect = rectOf(selection.anchor, selection.focus);
    if (rect.top === rect.bottom && rect.left === rect.right) return false;
    const col = live.current.columnIndex.get(columnId);
    return col !== undefined && inRect(rect, rowIndex, col);
  }, []);

  const columnDefs = useMemo<(ColDef<GridRow> | ColGroupDef<GridRow>)[]>(() => {
    const rendererParams: SheetCellParams = { describer, isSelected };
    const editorParams: AmountEditorParams = {
      sheet,
      describer,
      unit,
      label: (row, columnId) => {
        const unitInfo = layout.units.find((candidate) => unitColumnId(candidate) === columnId);
        return messages.history.cell(describer.label(row), unitInfo?.name ?? columnId);
      },
    };
    const base: ColDef<GridRow> = {
      cellRenderer: SheetCellRenderer,
      cellRendererParams: rendererParams,
      suppressMovable: true,
      sortable: false,
      resizable: true,
    };
    const money = (colId: string, headerName: string, pinned: 'left' | 'right'): ColDef<GridRow> => ({
      ...base,
      colId,
      headerName,
      pinned,
      lockPinned: true,
      width: colId === COLUMN.remaining ? 145 : colId === COLUMN.disbursed ? 115 : 125,
      cellClass: ['money', `col-${colId}`],
      headerClass: 'header-right',
    });
    return [
      {
        ...base,
        colId: COLUMN.component,
        headerName: messages.columns.component,
        pinned: 'left',
        lockPinned: true,
        width: 230,
        // Envelope rows sit indented under their project's subtotal line, a sub-project's one step further.
        cellClass: (params) =>
          params.data?.kind === 'envelope' ? ['label-cell', `indent-${params.data.depth + 1}`] : ['label-cell'],
      },
      {
        ...base,
        colId: COLUMN.capitalType,
        headerName: messages.columns.capitalType,
        pinned: 'left',
        lockPinned: true,
        width: 90,
      },
      {
        ...base,
        colId: COLUMN.source,
        headerName: messages.columns.source,
        pinned: 'left',
        lockPinned: true,
        width: 110,
      },
      money(COLUMN.assigned, messages.columns.assigned, 'left'),
      {
        headerName: messages.columns.units,
        groupId: 'units',
        children: layout.units.map(
          (unitInfo): ColDef<GridRow> => ({
            ...base,
            colId: unitColumnId(unitInfo),
            headerName: unitInfo.name,
            headerTooltip: unitInfo.name,
            width: 125,
            wrapHeaderText: true,
            cellClass: ['money', 'unit-cell'],
            headerClass: 'header-right',
            editable: (params) => editable && params.data?.kind === 'envelope' && !params.node.rowPinned,
            cellEditor: AmountCellEditor,
            cellEditorParams: editorParams,
          }),
        ),
      },
      money(COLUMN.allocated, messages.columns.allocated, 'right'),
      money(COLUMN.remaining, messages.columns.remaining, 'right'),
      money(COLUMN.disbursed, messages.columns.disbursed, 'right'),
    ];
  }, [describer, isSelected, sheet, unit, layout, messages, editable]);

  // ---------------------------------------------------------------- repainting from the sheet

  const refreshForChange = useCallback(
    (change: SheetChange) => {
      const api = apiRef.current;
      if (!api || api.isDestroyed()) return;
      if (change.keys === 'all') {
        api.refreshCells({ force: true });
        return;
      }
      const envelopeRows = new Set<IRowNode<GridRow>>();
      const summaryRows = new Set<IRowNode<GridRow>>();
      for (const key of change.keys) {
        const row = layout.envelopeRows.get(splitCellKey(key).envelopeId);
        if (!row) continue;
        const node = api.getRowNode(row.key);
        if (node) envelopeRows.add(node);
        const project = api.getRowNode(row.projectKey);
        if (project) summaryRows.add(project);
      }
      const total = api.getPinnedBottomRow(0);
      if (total) summaryRows.add(total);
      if (change.preview) {
        // The cell being typed in keeps its editor; only the row's totals follow the keystrokes.
        api.refreshCells({ rowNodes: [...envelopeRows], columns: [COLUMN.allocated, COLUMN.remaining], force: true });
      } else {
        api.refreshCells({ rowNodes: [...envelopeRows], force: true });
      }
      api.refreshCells({ rowNodes: [...summaryRows], force: true });
    },
    [layout],
  );

  useEffect(() => sheet.subscribe(refreshForChange), [sheet, refreshForChange]);

  // ---------------------------------------------------------------- selection

  const repaintRect = useCallback((rect: Rect | null) => {
    const api = apiRef.current;
    if (!api || !rect) return;
    const rowNodes: IRowNode<GridRow>[] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const node = api.getDisplayedRowAtIndex(row);
      if (node) rowNodes.push(node);
    }
    const columnsInRect = live.current.columns.slice(rect.left, rect.right + 1);
    api.refreshCells({ rowNodes, columns: columnsInRect, force: true });
  }, []);

  const setSelection = useCallback(
    (next: Selection | null) => {
      const previous = selectionRef.current;
      selectionRef.current = next;
      repaintRect(previous ? rectOf(previous.anchor, previous.focus) : null);
      repaintRect(next ? rectOf(next.anchor, next.focus) : null);
    },
    [repaintRect],
  );

  const currentRect = (): Rect | null => {
    const selection = selectionRef.current;
    return selection ? rectOf(selection.anchor, selection.focus) : null;
  };

  const moveFocusTo = useCallback(
    (pos: CellPos, extend: boolean) => {
      const api = apiRef.current;
      const columnId = live.current.columns[pos.col];
      if (!api || columnId === undefined) return;
      const anchor = extend ? selectionRef.current?.anchor : undefined;
      // The selection is set first: the grid reports the focus change later, and keeps it then.
      setSelection({ anchor: anchor ?? pos, focus: pos });
      api.ensureIndexVisible(pos.row);
      api.ensureColumnVisible(columnId);
      api.setFocusedCell(pos.row, columnId);
    },
    [setSelection],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      const column = event.column;
      const columnId = typeof column === 'string' ? column : column?.getColId();
      const { columnIndex: indexes, describer: current, onFocusChange: notify } = live.current;
      if (event.rowIndex === null || !columnId) {
        notify(null);
        return;
      }
      if (event.rowPinned) {
        setSelection(null);
        notify({ row: TOTAL_ROW, columnId, cellKey: null });
        return;
      }
      const pos = { row: event.rowIndex, col: indexes.get(columnId) ?? 0 };
      const selection = selectionRef.current;
      // Where a keyboard selection already put the focus, the block stays.
      const kept = selection?.focus.row === pos.row && selection.focus.col === pos.col;
      if (!kept) setSelection({ anchor: shiftPointerRef.current && selection ? selection.anchor : pos, focus: pos });
      const row = layout.rows[event.rowIndex];
      if (row) notify({ row, columnId, cellKey: current.cellKeyOf(row, columnId) });
    },
    [layout, setSelection],
  );

  // ---------------------------------------------------------------- edits through the sheet

  const keyAt = (row: number, col: number): CellKey | null => {
    const gridRow = layout.rows[row];
    const columnId = live.current.columns[col];
    return gridRow && columnId ? live.current.describer.cellKeyOf(gridRow, columnId) : null;
  };

  const applyPaste = (text: string) => {
    const rect = currentRect();
    if (!rect) return;
    const started = performance.now();
    const block = parseTsv(text);
    if (block.length === 0) {
      live.current.onReport(live.current.messages.nothingToPaste);
      return;
    }
    const plan = planPaste(block, rect, live.current.shape);
    const inputs: CellInput[] = [];
    for (const target of plan.targets) {
      const key = keyAt(target.row, target.col);
      if (key) inputs.push({ key, text: target.text });
    }
    const outcome = sheet.edit(inputs, live.current.unit);
    // Measured for docs/performance.md: the paste applied, then painted on the next frame.
    performance.measure('allocations:paste', { start: started, detail: { cells: inputs.length } });
    requestAnimationFrame(() =>
      setTimeout(() =>
        performance.measure('allocations:paste-painted', { start: started, detail: { cells: inputs.length } }),
      ),
    );
    const last = plan.targets.at(-1);
    if (last && plan.targets.length > 1) {
      setSelection({ anchor: { row: rect.top, col: rect.left }, focus: { row: last.row, col: last.col } });
    }
    live.current.onReport(
      live.current.messages.pasteReport({
        pasted: inputs.length,
        invalid: outcome.invalid.length,
        readOnly: plan.readOnly,
        outside: plan.outside,
      }),
    );
  };

  const fillDown = () => {
    const rect = currentRect();
    if (!rect) return;
    const plan = planFillDown(rect, live.current.shape);
    const inputs: CellInput[] = [];
    for (const target of plan.targets) {
      const key = keyAt(target.row, target.col);
      const source = keyAt(target.sourceRow, target.col);
      if (!key || !source) continue;
      const view = sheet.view(source);
      inputs.push(view.invalidText !== null ? { key, text: view.invalidText } : { key, value: view.value ?? 0n });
    }
    sheet.edit(inputs, live.current.unit);
    live.current.onReport(live.current.messages.fillReport(inputs.length, plan.readOnly));
  };

  const clearSelection = () => {
    const rect = currentRect();
    if (!rect) return;
    const inputs: CellInput[] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const key =
          live.current.shape.rows[row]?.editable && live.current.shape.columns[col]?.editable && keyAt(row, col);
        if (key) inputs.push({ key, text: '' });
      }
    }
    if (inputs.length === 0) return;
    sheet.edit(inputs, live.current.unit);
    live.current.onReport(live.current.messages.cleared(inputs.length));
  };

  const undoOrRedo = (direction: 'undo' | 'redo') => {
    const keys = direction === 'undo' ? sheet.undo() : sheet.redo();
    if (keys) {
      const { messages: current } = live.current;
      live.current.onReport(direction === 'undo' ? current.undone(keys.length) : current.redone(keys.length));
    }
  };

  // ---------------------------------------------------------------- keyboard

  const onKeyDown = (params: SuppressKeyboardEventParams<GridRow>): boolean => {
    const { event, editing } = params;
    if (editing || event.type !== 'keydown') return false;
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    const canEdit = live.current.editable;
    if (ctrl && !event.altKey) {
      const lower = key.toLowerCase();
      if (lower === 'z' && canEdit) {
        event.preventDefault();
        undoOrRedo(event.shiftKey ? 'redo' : 'undo');
        return true;
      }
      if (lower === 'y' && canEdit) {
        event.preventDefault();
        undoOrRedo('redo');
        return true;
      }
      if (lower === 'd') {
        event.preventDefault();
        if (canEdit) fillDown();
        return true;
      }
      // Ctrl+C and Ctrl+V go on to the browser, which raises the copy and paste events below.
      return lower === 'c' || lower === 'v' || lower === 'x';
    }
    const selection = selectionRef.current;
    if (event.shiftKey && key in ARROWS && selection && !params.node.rowPinned) {
      const [dRow, dCol] = ARROWS[key] ?? [0, 0];
      const focus = {
        row: clamp(selection.focus.row + dRow, 0, live.current.shape.rows.length - 1),
        col: clamp(selection.focus.col + dCol, 0, live.current.columns.length - 1),
      };
      event.preventDefault();
      moveFocusTo(focus, true);
      return true;
    }
    if (event.shiftKey && key === ' ' && selection) {
      event.preventDefault();
      setSelection({
        anchor: { row: selection.anchor.row, col: 0 },
        focus: { row: selection.focus.row, col: live.current.columns.length - 1 },
      });
      return true;
    }
    if (key === 'Escape' && selection) {
      setSelection({ anchor: selection.focus, focus: selection.focus });
      return false;
    }
    if ((key === 'Delete' || key === 'Backspace') && canEdit) {
      const rect = currentRect();
      // One cell: Backspace opens the editor empty, as in a spreadsheet; a block is cleared at once.
      if (rect && (rect.top !== rect.bottom || rect.left !== rect.right || key === 'Delete')) {
        event.preventDefault();
        clearSelection();
        return true;
      }
    }
    return false;
  };

  // ---------------------------------------------------------------- clipboard

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (isTextField(event.target)) return;
    const rect = currentRect();
    if (!rect) return;
    const { describer: current, columns: ids } = live.current;
    const rows = blockTexts(rect, (row, col) => {
      const gridRow = layout.rows[row];
      const columnId = ids[col];
      return gridRow && columnId ? current.clipboardText(gridRow, columnId) : '';
    });
    event.clipboardData.setData('text/plain', toTsv(rows));
    event.preventDefault();
    live.current.onReport(live.current.messages.copied((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1)));
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (isTextField(event.target) || !live.current.editable) return;
    event.preventDefault();
    applyPaste(event.clipboardData.getData('text/plain'));
  };

  // ---------------------------------------------------------------- grid wiring

  const onCellEditRequest = (event: CellEditRequestEvent<GridRow>) => {
    if (!event.data) return;
    const key = live.current.describer.cellKeyOf(event.data, event.column.getColId());
    if (!key) return;
    const text = typeof event.newValue === 'string' ? event.newValue : '';
    sheet.edit([{ key, text }], live.current.unit);
  };

  const onGridReady = (event: GridReadyEvent<GridRow>) => {
    apiRef.current = event.api;
  };

  // AG Grid keeps the column definitions it was given; a stable one calls the latest handler.
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  const defaultColDef = useMemo<ColDef<GridRow>>(
    () => ({ suppressKeyboardEvent: (params) => keyHandler.current(params) }),
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      flash(keys) {
        const api = apiRef.current;
        if (!api) return;
        for (const key of keys) {
          const { envelopeId, unitId } = splitCellKey(key);
          const row = layout.envelopeRows.get(envelopeId);
          const unitInfo = layout.units.find((candidate) => candidate.id === unitId);
          const node = row && api.getRowNode(row.key);
          if (node && unitInfo) api.flashCells({ rowNodes: [node], columns: [unitColumnId(unitInfo)] });
        }
      },
      commitEdit() {
        const api = apiRef.current;
        if (!api) return;
        for (const editor of api.getCellEditorInstances()) {
          if (editor instanceof AmountCellEditor) editor.commitToSheet();
        }
        api.stopEditing();
      },
      focusCell(key) {
        const { envelopeId, unitId } = splitCellKey(key);
        const row = layout.rows.findIndex(
          (candidate) => candidate.kind === 'envelope' && candidate.envelopeId === envelopeId,
        );
        const unitInfo = layout.units.find((candidate) => candidate.id === unitId);
        const col = unitInfo ? live.current.columnIndex.get(unitColumnId(unitInfo)) : undefined;
        if (row >= 0 && col !== undefined) moveFocusTo({ row, col }, false);
      },
    }),
    [layout, moveFocusTo],
  );

  return (
    <div
      className="allocation-grid"
      onCopy={onCopy}
      onPaste={onPaste}
      onMouseDownCapture={(event) => {
        shiftPointerRef.current = event.shiftKey;
      }}
      onMouseUpCapture={() => {
        shiftPointerRef.current = false;
      }}
    >
      <DataGrid<GridRow>
        rowData={layout.rows}
        pinnedBottomRowData={[TOTAL_ROW]}
        columnDefs={columnDefs}
        getRowId={(params) => params.data.key}
        getRowClass={(params) => (params.data ? `row-${params.data.kind}` : undefined)}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onGridReady={onGridReady}
        onFirstDataRendered={() => performance.mark('allocations:grid-rendered')}
        defaultColDef={defaultColDef}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        suppressMovableColumns
        suppressDragLeaveHidesColumns
        animateRows={false}
        ensureDomOrder={false}
        headerHeight={HEADER_HEIGHT}
        groupHeaderHeight={GROUP_HEADER_HEIGHT}
        rowHeight={ROW_HEIGHT}
      />
    </div>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}
