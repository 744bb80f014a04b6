/**
 * A table ready to show: header texts, cells as text, a tone per row. Screens render it as
 * they like; the PDF toolkit draws it as is. `weight` is a column's share of the width.
 */
export type Align = 'left' | 'center' | 'right';
export type Tone = 'normal' | 'alert' | 'muted';

export interface ViewColumn {
  key: string;
  label: string;
  align: Align;
  weight: number;
}

export interface ViewRow {
  cells: string[];
  tone: Tone;
}

export interface ViewTable {
  columns: ViewColumn[];
  rows: ViewRow[];
  /** A totals line under the rows, or null. */
  footer: string[] | null;
  /** What to show when there are no rows. */
  empty: string;
}

/** One label/value line of a facts block (会议概况). */
export interface ViewFact {
  label: string;
  value: string;
  tone: Tone;
}

export const col = (key: string, label: string, weight: number, align: Align = 'left'): ViewColumn => ({
  key,
  label,
  align,
  weight,
});
