import type { ReactNode } from 'react';
import type { ViewFact, ViewTable } from '../../../../electron/core/records/view-table';

/**
 * A ViewTable (electron/core/records) as an HTML table: the same headers, cells and tones as the
 * PDF. `cell` may dress a cell up (a chip for overtime) without changing its text.
 */
export function ViewTableView({
  table,
  testId,
  caption,
  cell,
  onRow,
  rowLabel,
}: {
  table: ViewTable;
  testId: string;
  caption?: string;
  cell?: (columnKey: string, text: string, rowIndex: number) => ReactNode;
  /** Makes rows clickable (and reachable by keyboard through their first cell's button). */
  onRow?: (rowIndex: number) => void;
  rowLabel?: (rowIndex: number) => string;
}) {
  const total = table.columns.reduce((s, c) => s + c.weight, 0);
  if (table.rows.length === 0) {
    return (
      <p className="rc-empty" data-testid={`${testId}-empty`}>
        {table.empty}
      </p>
    );
  }
  return (
    <div className="rc-table-wrap">
      <table className="rc-table" data-testid={testId}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <colgroup>
          {table.columns.map((c) => (
            <col key={c.key} style={{ width: `${((c.weight / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={`rc-align-${c.align}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr
              key={r}
              className={`rc-tone-${row.tone}${onRow ? ' rc-row-link' : ''}`}
              data-tone={row.tone}
              onClick={onRow ? () => onRow(r) : undefined}
            >
              {row.cells.map((text, c) => {
                const column = table.columns[c]!;
                const content = cell ? cell(column.key, text, r) : text;
                return (
                  <td key={column.key} className={`rc-align-${column.align}`} data-col={column.key}>
                    {onRow && c === 0 ? (
                      <button type="button" className="rc-row-button" aria-label={rowLabel?.(r)} onClick={(e) => {
                          e.stopPropagation();
                          onRow(r);
                        }}>
                        {content}
                      </button>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {table.footer ? (
          <tfoot>
            <tr>
              {table.footer.map((text, c) => (
                <td key={table.columns[c]?.key ?? c} className={`rc-align-${table.columns[c]?.align ?? 'left'}`}>
                  {text}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** Label/value lines (会议概况, 审批情况), alert lines marked. */
export function FactsList({ facts, testId }: { facts: readonly ViewFact[]; testId: string }) {
  return (
    <dl className="rc-facts" data-testid={testId}>
      {facts.map((f, i) => (
        <div key={`${f.label}-${i}`} className={`rc-fact rc-tone-${f.tone}`} data-tone={f.tone}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export type TileTone = 'good' | 'warn' | 'bad' | 'plain';

/** One headline figure: what a person looks at first. */
export function Tile({ label, value, sub, tone = 'plain', testId }: { label: string; value: string; sub?: string; tone?: TileTone; testId: string }) {
  return (
    <div className={`rc-tile rc-tile-${tone}`} data-testid={testId} data-tone={tone}>
      <div className="rc-tile-label">{label}</div>
      <div className="rc-tile-value num">{value}</div>
      {sub ? <div className="rc-tile-sub">{sub}</div> : null}
    </div>
  );
}

export function Section({ title, children, testId, aside }: { title: string; children: ReactNode; testId: string; aside?: ReactNode }) {
  return (
    <section className="rc-section" data-testid={testId} aria-label={title}>
      <header className="rc-section-head">
        <h2 className="rc-section-title">{title}</h2>
        {aside ? <div className="rc-section-aside">{aside}</div> : null}
      </header>
      {children}
    </section>
  );
}
