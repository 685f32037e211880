import type { ICellEditorComp, ICellEditorParams, ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { type AmountUnit, formatAmountExact } from '../../../ui/amount';
import type { CellDescriber, CellText, GridRow } from '../model/columns';
import type { AllocationSheet } from '../model/sheet';

// Plain DOM renderers and editor: a grid of 1,500 cells repaints far faster without a React root
// per cell, and these only put text and classes on elements.

export interface SheetCellParams {
  describer: CellDescriber;
  isSelected: (rowIndex: number | null, columnId: string, pinned: boolean) => boolean;
}

const STATE_CLASSES = ['cell-changed', 'cell-invalid', 'cell-conflict', 'cell-error', 'cell-exceeds'] as const;

/** Text, a state symbol and a tooltip; state and selection become classes on the grid cell. */
export class SheetCellRenderer implements ICellRendererComp<GridRow> {
  private gui = document.createElement('span');
  private flag = document.createElement('span');
  private text = document.createElement('span');

  init(params: ICellRendererParams<GridRow> & SheetCellParams): void {
    this.gui.className = 'sheet-cell';
    this.flag.className = 'sheet-cell-flag';
    this.flag.setAttribute('aria-hidden', 'true');
    this.text.className = 'sheet-cell-text';
    this.gui.append(this.flag, this.text);
    this.render(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: ICellRendererParams<GridRow> & SheetCellParams): boolean {
    this.render(params);
    return true;
  }

  private render(params: ICellRendererParams<GridRow> & SheetCellParams): void {
    const { data, column, describer, eGridCell, node } = params;
    if (!data || !column) return;
    const columnId = column.getColId();
    const cell: CellText = describer.describe(data, columnId);
    this.flag.textContent = cell.flag;
    this.text.textContent = cell.text;
    this.gui.dataset.amount = cell.amount;
    this.gui.dataset.state = cell.state ?? '';
    // The title carries the reason in words (read out with the amount); the flag symbol and the
    // classes show it at a glance.
    if (cell.title) eGridCell.title = cell.title;
    else eGridCell.removeAttribute('title');
    if (cell.state) eGridCell.setAttribute('aria-label', `${cell.text}, ${cell.title}`);
    else eGridCell.removeAttribute('aria-label');
    for (const name of STATE_CLASSES) eGridCell.classList.toggle(name, cell.state === name.slice(5));
    eGridCell.classList.toggle('cell-selected', params.isSelected(node.rowIndex, columnId, Boolean(node.rowPinned)));
  }
}

const ARROW_STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export interface AmountEditorParams {
  sheet: AllocationSheet;
  describer: CellDescriber;
  unit: AmountUnit;
  label: (row: GridRow, columnId: string) => string;
}

/**
 * The amount editor: a plain text box, because officers type "1,5 tỷ" as readily as digits. It
 * starts with the typed key (replacing the cell, as a spreadsheet does) or with the exact amount,
 * and previews each keystroke into the row's remaining. Parsing and validation happen on commit,
 * in the sheet; the grid's own value is never written (readOnlyEdit).
 */
export class AmountCellEditor implements ICellEditorComp<GridRow> {
  private input = document.createElement('input');
  private selectAll = true;
  /** Started by typing over the cell (Excel's "enter mode"): arrow keys commit and move on. */
  private typedOver = false;
  private params!: ICellEditorParams<GridRow> & AmountEditorParams;
  private key: string | null = null;

  init(params: ICellEditorParams<GridRow> & AmountEditorParams): void {
    this.params = params;
    const { data, column, sheet, describer, unit, eventKey } = params;
    const columnId = column.getColId();
    this.key = describer.cellKeyOf(data, columnId);
    this.input.type = 'text';
    this.input.className = 'amount-editor';
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.setAttribute('aria-label', params.label(data, columnId));
    const typed = eventKey && eventKey.length === 1 ? eventKey : null;
    if (typed !== null) {
      this.input.value = typed;
      this.selectAll = false;
      this.typedOver = true;
    } else if (eventKey === 'Backspace' || eventKey === 'Delete') {
      this.input.value = '';
    } else if (this.key) {
      const view = sheet.view(this.key);
      this.input.value = view.invalidText ?? (view.value === null ? '' : formatAmountExact(view.value, unit));
    }
    this.input.addEventListener('input', () => this.preview());
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    if (typed !== null) this.preview();
  }

  getGui(): HTMLElement {
    return this.input;
  }

  afterGuiAttached(): void {
    this.input.focus();
    if (this.selectAll) this.input.select();
    else this.input.setSelectionRange(this.input.value.length, this.input.value.length);
  }

  getValue(): string {
    return this.input.value;
  }

  /** Puts what is typed into the sheet now (the grid's own commit arrives a moment later, a no-op then). */
  commitToSheet(): void {
    if (this.key) this.params.sheet.edit([{ key: this.key, text: this.input.value }], this.params.unit);
  }

  isPopup(): boolean {
    return false;
  }

  destroy(): void {
    this.params.sheet.clearPreview();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const step = ARROW_STEPS[event.key];
    if (!this.typedOver || !step || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    const { api, column, rowIndex } = this.params;
    const columns = api.getAllDisplayedColumns();
    const target = columns[columns.indexOf(column) + step[1]];
    const row = rowIndex + step[0];
    this.params.stopEditing(true);
    if (target && row >= 0 && row < api.getDisplayedRowCount()) api.setFocusedCell(row, target);
  }

  private preview(): void {
    if (this.key) this.params.sheet.setPreview(this.key, this.input.value, this.params.unit);
  }
}
