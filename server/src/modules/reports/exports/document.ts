import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../common/scalars';
import type { ProgramComponent } from '../../plan';
import { Comparator } from '../../plan';
import { componentLabel, PROJECT_OWN_LABEL, projectTree, TOTAL_LABEL } from './wording';

// One model per official document: the builders (allocation-decision.document.ts,
// results-report.document.ts) say what the document holds, once; workbook.ts writes it as .xlsx
// and the console's print page draws it from the same model, served by exports.resolver.ts.
// Fields without @Field only shape the spreadsheet (widths, footer, file properties).

export enum DocumentLineRole {
  ISSUER = 'ISSUER',
  LABEL = 'LABEL',
  TITLE = 'TITLE',
  SUBTITLE = 'SUBTITLE',
  BASIS = 'BASIS',
  UNIT = 'UNIT',
}
registerEnumType(DocumentLineRole, {
  name: 'DocumentLineRole',
  description: 'What a line above a table is; it decides how the line is set.',
  valuesConfig: {
    ISSUER: { description: 'The issuing body, in capitals, top left.' },
    LABEL: { description: 'What the document is attached as ("Phụ lục").' },
    TITLE: { description: "The document's title, in capitals." },
    SUBTITLE: { description: 'The table\'s own title ("Biểu 1: …").' },
    BASIS: { description: 'The decision or period it rests on, and what its figures are; italic.' },
    UNIT: { description: 'The unit of the figures ("Đơn vị tính: đồng"), right-aligned.' },
  },
});

export enum DocumentColumnAlign {
  LABEL = 'LABEL',
  CENTER = 'CENTER',
  TEXT = 'TEXT',
}
registerEnumType(DocumentColumnAlign, {
  name: 'DocumentColumnAlign',
  description: 'How the text of a column is set; figures always stand to the right.',
  valuesConfig: {
    LABEL: { description: 'The row labels: left, sub-projects indented; the columns up to it stay in view.' },
    CENTER: { description: 'Numbering, codes and dates.' },
    TEXT: { description: 'Other words.' },
  },
});

export enum DocumentRowKind {
  TOTAL = 'TOTAL',
  PROJECT = 'PROJECT',
  CHILD = 'CHILD',
  PLAIN = 'PLAIN',
}
registerEnumType(DocumentRowKind, {
  name: 'DocumentRowKind',
  valuesConfig: {
    TOTAL: { description: 'Tổng cộng (or the whole district): bold, shaded.' },
    PROJECT: { description: 'A project, holding its subtotal: bold, lightly shaded.' },
    CHILD: { description: 'A sub-project or a line under the row above it: indented.' },
    PLAIN: { description: 'Any other row.' },
  },
});

export enum DocumentCellKind {
  TEXT = 'TEXT',
  MONEY = 'MONEY',
  COUNT = 'COUNT',
  PERCENT_POINTS = 'PERCENT_POINTS',
  RATIO = 'RATIO',
  DATE = 'DATE',
  BLANK = 'BLANK',
}
registerEnumType(DocumentCellKind, {
  name: 'DocumentCellKind',
  valuesConfig: {
    TEXT: { description: '`text`.' },
    MONEY: { description: '`amount` in whole đồng, shown 1.234.567; blank when null.' },
    COUNT: { description: '`count`, shown 1.234.' },
    PERCENT_POINTS: {
      description:
        '`hundredths` of a percent or point (3273: 32,73), with `comparator` for a target (≤ 32,73); blank when null.',
    },
    RATIO: { description: '`amount` as a share of `whole`, shown 45,67%; blank when `whole` is not positive.' },
    DATE: { description: '`date`, shown 30/06/2022.' },
    BLANK: { description: 'Nothing, across `span` columns.' },
  },
});

/** How a verdict is shaded in the spreadsheet; the words carry the meaning. */
export type Tone = 'GOOD' | 'AT_RISK' | 'BAD';

@ObjectType({ description: 'A line above a table: the issuing body, the title, the basis, the unit.' })
export class DocumentLine {
  @Field(() => String)
  text!: string;

  @Field(() => DocumentLineRole)
  role!: DocumentLineRole;
}

@ObjectType({ description: 'A column of a table.' })
export class DocumentColumn {
  @Field(() => DocumentColumnAlign)
  align!: DocumentColumnAlign;

  /** Spreadsheet width, in characters. */
  width!: number;
}

@ObjectType({ description: 'A cell of the table header; row and column count from 0, spans from 1.' })
export class DocumentHeaderCell {
  @Field(() => String)
  text!: string;

  @Field(() => Int)
  row!: number;

  @Field(() => Int)
  column!: number;

  @Field(() => Int)
  rowSpan!: number;

  @Field(() => Int)
  colSpan!: number;
}

@ObjectType({ description: 'A cell of a table body: what `kind` says, in the field it names.' })
export class DocumentCell {
  @Field(() => DocumentCellKind)
  kind!: DocumentCellKind;

  @Field(() => Int, { description: 'Columns it covers: more than 1 only for BLANK.' })
  span!: number;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  amount?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true })
  whole?: bigint | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => Int, { nullable: true })
  hundredths?: number | null;

  @Field(() => Comparator, { nullable: true })
  comparator?: Comparator | null;

  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  /** Where an amount stands, to name it when the spreadsheet cannot hold it exactly. */
  where?: string;

  tone?: Tone;
}

@ObjectType({ description: 'A row of a table body.' })
export class DocumentRow {
  @Field(() => String, { description: "Unique in its table: 'total', a component's code, …" })
  key!: string;

  @Field(() => DocumentRowKind)
  kind!: DocumentRowKind;

  @Field(() => [DocumentCell])
  cells!: DocumentCell[];
}

@ObjectType({ description: 'One table of a document with what stands above and below it: a sheet of the .xlsx.' })
export class DocumentSheet {
  @Field(() => String, { description: 'Unique in its document: appendix, envelopes, results-targets, …' })
  key!: string;

  @Field(() => String, { description: "The spreadsheet's sheet name." })
  name!: string;

  @Field(() => [DocumentLine])
  heading!: DocumentLine[];

  @Field(() => [DocumentColumn])
  columns!: DocumentColumn[];

  @Field(() => [DocumentHeaderCell])
  header!: DocumentHeaderCell[];

  @Field(() => [DocumentRow])
  rows!: DocumentRow[];

  @Field(() => [String])
  notes!: string[];

  @Field(() => Boolean, { description: 'Many narrow columns: printed in smaller type.' })
  compact!: boolean;

  /** Printed at the foot of every spreadsheet page. */
  footer!: string;

  /** Spreadsheet height of the header's last row, where unit names wrap. */
  headerHeight?: number;
}

@ObjectType({
  description:
    'An official document of the district, in Vietnamese whatever the reader’s language: the model the ' +
    '.xlsx download and the printable page are both drawn from.',
})
export class OfficialDocument {
  @Field(() => String)
  title!: string;

  @Field(() => [DocumentSheet])
  sheets!: DocumentSheet[];

  fileName!: string;

  /** The spreadsheet file's properties. */
  properties!: { subject: string; keywords: string; description: string; company: string; created: Date };
}

// The cells a builder writes.

const cell = (kind: DocumentCellKind, fields: Partial<DocumentCell> = {}): DocumentCell => ({
  kind,
  span: 1,
  ...fields,
});

export const text = (value: string): DocumentCell => cell(DocumentCellKind.TEXT, { text: value });

/** Whole đồng; `where` names it if it is too large for a spreadsheet. Null: a blank amount cell. */
export const money = (amount: bigint | null, where: string): DocumentCell =>
  cell(DocumentCellKind.MONEY, { amount, where });

export const count = (value: number): DocumentCell => cell(DocumentCellKind.COUNT, { count: value });

/** Percent or percentage points in hundredths (3273: 32,73), with the target's comparator if it is one. */
export const percentPoints = (hundredths: number | null, comparator: Comparator | null = null): DocumentCell =>
  cell(DocumentCellKind.PERCENT_POINTS, { hundredths, comparator });

/** `part` as a share of `whole` (disbursed of assigned). */
export const ratio = (part: bigint, whole: bigint, where: string): DocumentCell =>
  cell(DocumentCellKind.RATIO, { amount: part, whole, where });

export const date = (isoDate: string): DocumentCell => cell(DocumentCellKind.DATE, { date: isoDate });

export const blank = (span = 1): DocumentCell => cell(DocumentCellKind.BLANK, { span });

export const line = (role: DocumentLineRole, value: string): DocumentLine => ({ role, text: value });

/** Header cells as `[text, row, column, rowSpan?, colSpan?]`. */
export const headerCells = (cells: [string, number, number, number?, number?][]): DocumentHeaderCell[] =>
  cells.map(([value, row, column, rowSpan = 1, colSpan = 1]) => ({ text: value, row, column, rowSpan, colSpan }));

/** A one-row header, a cell per column. */
export const headerRow = (texts: string[]): DocumentHeaderCell[] =>
  headerCells(texts.map((value, column) => [value, 0, column]));

export const columns = (...specs: [DocumentColumnAlign, number][]): DocumentColumn[] =>
  specs.map(([align, width]) => ({ align, width }));

/** Where a row of a table by project stands: Tổng cộng, a project, or one component's own figures. */
export interface ProjectLine {
  level: 'TOTAL' | 'PROJECT' | 'COMPONENT';
  /** The project or component; null for Tổng cộng. */
  component: ProgramComponent | null;
  /** The row of money a project holds itself, beside its sub-projects' (its COMPONENT figures). */
  own: boolean;
  /** The row's label: Tổng cộng, "Dự án 3: …", "Tiểu dự án 1: …" or the project's own money. */
  label: string;
}

/**
 * The body of a table by project, as the programme's appendices list it: Tổng cộng on top, each
 * project (I, II, …, bold, holding its subtotal), under it the project's own money when `figures`
 * gives a row for it, then its sub-projects (1, 2, …). `figures` gives the cells after STT, Mã and
 * the label, or null for no row; it is asked row after row, in order.
 */
export const projectRows = async (
  components: ProgramComponent[],
  figures: (line: ProjectLine) => Promise<DocumentCell[] | null> | DocumentCell[] | null,
): Promise<DocumentRow[]> => {
  const rows: DocumentRow[] = [];
  const add = async (kind: DocumentRowKind, key: string, stt: string, at: ProjectLine) => {
    const cells = await figures(at);
    if (cells) rows.push({ key, kind, cells: [text(stt), text(at.component?.code ?? ''), text(at.label), ...cells] });
  };
  await add(DocumentRowKind.TOTAL, 'total', '', { level: 'TOTAL', component: null, own: false, label: TOTAL_LABEL });
  for (const { project, numeral, children } of projectTree(components)) {
    const label = componentLabel(project);
    await add(DocumentRowKind.PROJECT, project.code, numeral, {
      level: 'PROJECT',
      component: project,
      own: false,
      label,
    });
    if (children.length === 0) continue;
    await add(DocumentRowKind.CHILD, `${project.code}-own`, '-', {
      level: 'COMPONENT',
      component: project,
      own: true,
      label: PROJECT_OWN_LABEL,
    });
    for (const [index, child] of children.entries()) {
      await add(DocumentRowKind.CHILD, child.code, String(index + 1), {
        level: 'COMPONENT',
        component: child,
        own: false,
        label: componentLabel(child),
      });
    }
  }
  return rows;
};
