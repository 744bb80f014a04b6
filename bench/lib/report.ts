/** The bench table: one row per figure, printed and written to bench/results.json. */
export interface Row {
  id: string;
  figure: string;
  value: string;
  target: string;
  /** null: no target, or not measured. */
  met: boolean | null;
}

export function fmtMs(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(digits)} ms`;
}

export function fmtPct(share: number | null | undefined, digits = 2): string {
  return share === null || share === undefined || !Number.isFinite(share) ? 'n/a' : `${(share * 100).toFixed(digits)} %`;
}

export function fmtBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'n/a';
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;
}

const mark = (met: boolean | null): string => (met === null ? '—' : met ? 'yes' : 'NO');

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| figure | value | target | met? |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.figure} | ${r.value} | ${r.target} | ${mark(r.met)} |`);
  return lines.join('\n');
}

export function consoleTable(rows: readonly Row[]): string {
  const w = [
    Math.max(6, ...rows.map((r) => r.figure.length)),
    Math.max(5, ...rows.map((r) => r.value.length)),
    Math.max(6, ...rows.map((r) => r.target.length)),
  ];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`;
  return [line('figure', 'value', 'target', 'met?'), line('-'.repeat(w[0]!), '-'.repeat(w[1]!), '-'.repeat(w[2]!), '----'), ...rows.map((r) => line(r.figure, r.value, r.target, mark(r.met)))].join('\n');
}
