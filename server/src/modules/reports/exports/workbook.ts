import ExcelJS from 'exceljs';
import { vietnamClock } from '../../../common/vietnam-time';
import { CapitalType, FundingSource } from '../../budget/budget.enums';
import type { AdminUnit } from '../../places/admin-unit.entity';
import { ComponentKind, type ProgramComponent } from '../../plan/program-component.entity';

// What both downloads share: labels, formats, the title block, print setup and exact amounts.

/** A generated download: its file name and bytes. */
export interface ExportFile {
  fileName: string;
  content: Buffer;
}

/** "Ia H'Drai" → "Ủy ban nhân dân huyện Ia H'Drai", the body that issues the district's documents. */
export const districtCommittee = (district: AdminUnit): string => `Ủy ban nhân dân huyện ${district.name}`;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whole đồng with thousands separators: Excel shows 1.234.567 in a vi-VN locale, 1,234,567 in en-US. */
export const AMOUNT_FORMAT = '#,##0';
export const COUNT_FORMAT = '#,##0';
/** Percent or percentage points kept as the API gives them (32.73, not 0.3273). */
export const PERCENT_POINTS_FORMAT = '0.00';
/** A ratio (0.4567) shown as a percentage. */
export const RATIO_FORMAT = '0.00%';
export const DATE_FORMAT = 'dd/mm/yyyy';

export const CAPITAL_TYPE_LABELS: Record<CapitalType, string> = {
  [CapitalType.INVESTMENT]: 'Vốn đầu tư phát triển',
  [CapitalType.RECURRENT]: 'Vốn sự nghiệp',
};

export const SOURCE_LABELS: Record<FundingSource, string> = {
  [FundingSource.CENTRAL_BUDGET]: 'Ngân sách trung ương',
  [FundingSource.PROVINCIAL_BUDGET]: 'Ngân sách tỉnh',
  [FundingSource.DISTRICT_BUDGET]: 'Ngân sách huyện',
  [FundingSource.POLICY_CREDIT]: 'Vốn tín dụng chính sách',
  [FundingSource.OTHER]: 'Nguồn vốn khác',
};

// The order decisions list them in: investment before recurrent, central before local.
export const CAPITAL_TYPE_ORDER = Object.values(CapitalType);
export const SOURCE_ORDER = Object.values(FundingSource);

/** A bigint amount the spreadsheet cannot hold exactly (beyond 2^53 - 1 đồng). */
export class AmountNotExactError extends Error {
  constructor(
    readonly amount: bigint,
    readonly where: string,
  ) {
    super(`${where}: ${amount} đồng is beyond what a spreadsheet number holds exactly (${Number.MAX_SAFE_INTEGER})`);
  }
}

const SAFE_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An amount as a spreadsheet number, exactly. xlsx stores IEEE doubles: every integer up to 2^53 - 1
 * (about 9 × 10^15 đồng) is exact, one allocation is at most 10^15; a larger sum is refused rather
 * than silently rounded.
 */
export const spreadsheetAmount = (amount: bigint, where: string): number => {
  if (amount > SAFE_LIMIT || amount < -SAFE_LIMIT) throw new AmountNotExactError(amount, where);
  return Number(amount);
};

/** '2022-06-30' as Vietnamese documents write it: 30/6/2022. */
export const viDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}/${month}/${year}`;
};

/** '2022-06-30' as a spreadsheet date (midnight UTC, which is how exceljs turns Dates into serials). */
export const spreadsheetDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

/** An instant in Vietnam time: "14:05 ngày 3/3/2026". */
export const viInstant = (instant: Date): string => {
  const { date, time } = vietnamClock(instant);
  return `${time} ngày ${viDate(date)}`;
};

/** The last instant of a calendar day in Vietnam: 2022-06-30 → 2022-06-30T23:59:59.999+07:00. */
export const endOfDayInVietnam = (isoDate: string): Date => new Date(`${isoDate}T23:59:59.999+07:00`);

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Projects are numbered I, II, III… in Vietnamese appendices; their sub-projects 1, 2, 3… */
export const roman = (value: number): string => {
  let rest = value;
  let text = '';
  for (const [step, letters] of ROMAN) {
    while (rest >= step) {
      text += letters;
      rest -= step;
    }
  }
  return text;
};

/** A project and its sub-projects, in the plan's order. */
export interface ProjectNode {
  project: ProgramComponent;
  /** "I", "II", … */
  numeral: string;
  children: ProgramComponent[];
}

/** The plan's components as the tree a decision lists them in (components come ordered by position). */
export const projectTree = (components: ProgramComponent[]): ProjectNode[] => {
  const projects = components.filter((component) => component.kind === ComponentKind.PROJECT);
  return projects.map((project, index) => ({
    project,
    numeral: roman(index + 1),
    children: components.filter((component) => component.parent?.id === project.id),
  }));
};

/** The row label: "Dự án 3: …" / "Tiểu dự án 1: …", as the programme's documents name them. */
export const componentLabel = (component: ProgramComponent): string =>
  component.kind === ComponentKind.PROJECT
    ? `Dự án ${component.code}: ${component.name}`
    : `Tiểu dự án ${component.code.split('.').at(-1)}: ${component.name}`;

/** Money a project holds itself, not split among its sub-projects (an envelope assigned to the project). */
export const PROJECT_OWN_LABEL = 'Kinh phí chung của dự án (chưa phân theo tiểu dự án)';

export interface WorkbookProperties {
  title: string;
  subject: string;
  keywords: string;
  description: string;
  company: string;
  now: Date;
}

export const newWorkbook = (properties: WorkbookProperties): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ansinh';
  workbook.lastModifiedBy = 'Ansinh';
  workbook.created = properties.now;
  workbook.modified = properties.now;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords;
  workbook.description = properties.description;
  workbook.company = properties.company;
  workbook.category = 'Chương trình mục tiêu quốc gia giảm nghèo bền vững';
  return workbook;
};

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
export const PROJECT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F8' } };
export const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E9EF' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8A96A3' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

export interface TitleLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * The lines above a table, each merged across the table's width: the issuing body, the title, the
 * decision or period, the unit. Returns the next free row.
 */
export const writeTitleBlock = (sheet: ExcelJS.Worksheet, width: number, lines: TitleLine[]): number => {
  lines.forEach((line, index) => {
    const row = index + 1;
    const cell = sheet.getCell(row, 1);
    cell.value = line.text;
    cell.font = { name: FONT, bold: line.bold ?? false, italic: line.italic ?? false, size: line.size ?? 12 };
    cell.alignment = { horizontal: line.align ?? 'center', vertical: 'middle', wrapText: true };
    if (width > 1) sheet.mergeCells(row, 1, row, width);
    // A long title wraps within its merged cell; give it room for two lines.
    if (line.text.length > 110) sheet.getRow(row).height = 33;
  });
  return lines.length + 2;
};

export interface HeaderCell {
  text: string;
  /** 1-based columns and rows, inclusive; merged when they span more than one cell. */
  fromColumn: number;
  toColumn?: number;
  fromRow: number;
  toRow?: number;
}

/** Table header cells (merged where they span), boxed, bold, wrapped and shaded. */
export const writeHeader = (sheet: ExcelJS.Worksheet, cells: HeaderCell[]): void => {
  for (const header of cells) {
    const toColumn = header.toColumn ?? header.fromColumn;
    const toRow = header.toRow ?? header.fromRow;
    if (toColumn > header.fromColumn || toRow > header.fromRow) {
      sheet.mergeCells(header.fromRow, header.fromColumn, toRow, toColumn);
    }
    for (let row = header.fromRow; row <= toRow; row++) {
      for (let column = header.fromColumn; column <= toColumn; column++) {
        const cell = sheet.getCell(row, column);
        cell.font = { name: FONT, bold: true, size: 11 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.fill = HEADER_FILL;
        cell.border = BOX;
      }
    }
    sheet.getCell(header.fromRow, header.fromColumn).value = header.text;
  }
};

export type RowKind = 'total' | 'project' | 'child' | 'plain';

export interface BodyCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

/** One table row: boxed cells, totals and projects bold and shaded, sub-projects indented. */
export const writeBodyRow = (
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  kind: RowKind,
  cells: BodyCell[],
  labelColumn: number,
): ExcelJS.Row => {
  const row = sheet.getRow(rowNumber);
  cells.forEach((content, index) => {
    const cell = row.getCell(index + 1);
    cell.value = content.value;
    cell.font = { name: FONT, size: 11, bold: kind === 'total' || kind === 'project' };
    cell.border = BOX;
    if (content.numFmt) cell.numFmt = content.numFmt;
    const isLabel = index + 1 === labelColumn;
    cell.alignment = isLabel
      ? { horizontal: 'left', vertical: 'middle', wrapText: true, indent: kind === 'child' ? 2 : 0 }
      : { horizontal: typeof content.value === 'number' ? 'right' : 'center', vertical: 'middle', wrapText: true };
    if (kind === 'total') cell.fill = TOTAL_FILL;
    if (kind === 'project') cell.fill = PROJECT_FILL;
  });
  return row;
};

/** A line of notes below the table, merged across its width. */
export const writeNote = (sheet: ExcelJS.Worksheet, rowNumber: number, width: number, text: string): void => {
  const cell = sheet.getCell(rowNumber, 1);
  cell.value = text;
  cell.font = { name: FONT, italic: true, size: 10 };
  cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
  sheet.getRow(rowNumber).height = Math.max(15, Math.ceil(text.length / 160) * 15);
};

/**
 * What the district prints: A4 landscape, every column on one page wide (as many pages tall as it
 * takes), the header rows repeated on each page, the header and label columns frozen on screen.
 */
export const finishSheet = (
  sheet: ExcelJS.Worksheet,
  layout: { headerFrom: number; headerTo: number; frozenColumns: number; footer: string },
): void => {
  sheet.views = [{ state: 'frozen', xSplit: layout.frozenColumns, ySplit: layout.headerTo, activeCell: 'A1' }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${layout.headerFrom}:${layout.headerTo}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // &P / &N: page number and page count; & in the text itself is doubled.
  sheet.headerFooter = { oddFooter: `&L&8${layout.footer.replaceAll('&', '&&')}&R&8Trang &P/&N` };
};

export const writeXlsx = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer());
