import type { CSSProperties } from 'react';
import type { PrintDocumentFragment } from '../../../apollo/generated';
import { cellClass, cellText, headerRows, type PrintSheet, pageZoom, placedCells } from '../model/print-document';

interface PrintDocumentProps {
  document: PrintDocumentFragment;
  testId: string;
}

/**
 * An official document on paper, drawn from the same model as its .xlsx: a section per sheet with
 * its heading lines, its table (merged header cells as spans) and its notes.
 */
export function PrintDocument({ document, testId }: PrintDocumentProps) {
  return (
    <article className="print-document" lang="vi" data-testid={testId}>
      {document.sheets.map((sheet, index) => (
        <PrintedSheet key={sheet.key} sheet={sheet} first={index === 0} />
      ))}
    </article>
  );
}

function PrintedSheet({ sheet, first }: { sheet: PrintSheet; first: boolean }) {
  const zoom = { '--doc-zoom': pageZoom(sheet.columns.length) } as CSSProperties;
  const lines = (roles: readonly string[]) => sheet.heading.filter((line) => roles.includes(line.role));
  return (
    <section className="doc-sheet">
      {lines(['ISSUER']).map((line) => (
        <p className="doc-issuer" key={line.text}>
          {line.text}
        </p>
      ))}
      <header className="doc-title">
        {lines(['LABEL', 'TITLE', 'SUBTITLE', 'BASIS']).map((line) => {
          const key = `${line.role}:${line.text}`;
          if (line.role === 'LABEL')
            return (
              <p key={key}>
                <strong>{line.text}</strong>
              </p>
            );
          // One h1 a page: the first sheet's title; later sheets' titles are headings under it.
          if (line.role === 'TITLE') return first ? <h1 key={key}>{line.text}</h1> : <h2 key={key}>{line.text}</h2>;
          if (line.role === 'SUBTITLE') return <h2 key={key}>{line.text}</h2>;
          return (
            <p className="doc-basis" key={key}>
              {line.text}
            </p>
          );
        })}
      </header>
      {lines(['UNIT']).map((line) => (
        <p className="doc-unit" key={line.text}>
          {line.text}
        </p>
      ))}
      <div className="doc-scroll">
        <table
          className={`doc-table doc-wide${sheet.compact ? ' doc-table-compact' : ''}`}
          style={zoom}
          data-testid={sheet.key}
        >
          <thead>
            {headerRows(sheet.header).map((cells) => (
              <tr key={cells[0]?.row}>
                {cells.map((cell) => (
                  <th
                    key={cell.column}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    scope={cell.colSpan > 1 ? 'colgroup' : 'col'}
                  >
                    {cell.text}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {sheet.rows.map((row) => (
              <tr key={row.key} className={`row-${row.kind.toLowerCase()}`} data-code={row.key}>
                {placedCells(row).map(({ cell, column }) => (
                  <td
                    key={column}
                    colSpan={cell.span > 1 ? cell.span : undefined}
                    className={cellClass(cell, sheet.columns[column]?.align)}
                  >
                    {cellText(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sheet.notes.map((note) => (
        <p className="doc-note" key={note}>
          {note}
        </p>
      ))}
    </section>
  );
}
