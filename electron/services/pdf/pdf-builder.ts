import {
  PageSizes,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { loadPdfFont } from './font-file';
import { upstreamFontkit } from './fontkit-adapter';
import { tokens, wrapText } from './text-wrap';

/**
 * A small document builder for Chinese PDFs (会议记录, 统计表, 审批表): A4 pages with margins,
 * a title, headings, paragraphs, bordered tables whose header repeats on every page, bar
 * charts drawn as vectors, page numbers, and the bundled Chinese font embedded as a subset.
 * Content flows top to bottom; a block that does not fit goes to the next page.
 */

export const MM = 72 / 25.4;
export const A4: [number, number] = [...PageSizes.A4] as [number, number];

export type Align = 'left' | 'center' | 'right';
export type Tone = 'normal' | 'alert' | 'muted';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PdfDocOptions {
  /** Document title (metadata, window title bar). */
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /** Document language, for screen readers and search. Default zh-CN. */
  lang?: 'zh-CN' | 'en';
  /** Creation instant (epoch ms) for the metadata; default: pdf-lib's now. */
  createdAt?: number;
  /** A TrueType/OpenType font; default: the bundled Noto Sans SC. */
  fontBytes?: Uint8Array;
  /** Points; default A4 portrait. */
  pageSize?: [number, number];
  /** Points; default 25 mm top and bottom, 20 mm left and right. */
  margins?: Partial<Margins>;
  /** Small header on every page after the first (the document's name). */
  runningHeader?: string;
  /** Page number text; false: none. Default `第 n 页 共 N 页` / `Page n of N`. */
  pageNumber?: ((page: number, total: number) => string) | false;
  /** Body text size, points; default 10.5 (五号). */
  bodySize?: number;
}

export interface PdfTableColumn {
  label: string;
  /** Share of the table's width. */
  weight: number;
  align?: Align;
}

export interface PdfTable {
  columns: PdfTableColumn[];
  rows: { cells: string[]; tone?: Tone }[];
  /** A totals line, drawn bold under a heavier rule. */
  footer?: string[] | null;
  /** Shown in one cell across the table when there are no rows. */
  empty?: string;
}

export interface PdfFact {
  label: string;
  value: string;
  tone?: Tone;
}

export interface PdfBarChart {
  title: string;
  /** What the values count, shown on the axis. */
  unit: string;
  categories: string[];
  series: { name: string; values: number[]; color: string }[];
  stacked: boolean;
}

const INK = rgb(0.1, 0.1, 0.1);
const ALERT = rgb(0.64, 0.13, 0.1);
const MUTED = rgb(0.45, 0.45, 0.45);
const RULE = rgb(0.2, 0.2, 0.2);
const GRID = rgb(0.82, 0.82, 0.82);
const HEAD_FILL = rgb(0.91, 0.91, 0.91);
const LABEL_FILL = rgb(0.955, 0.955, 0.955);

const toneColor = (tone: Tone | undefined): RGB => (tone === 'alert' ? ALERT : tone === 'muted' ? MUTED : INK);

export function hexColor(hex: string): RGB {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return INK;
  return rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255);
}

/** A round axis maximum with 4–6 steps of 1, 2 or 5 × 10ⁿ. */
export function niceScale(max: number, integer: boolean): { max: number; step: number } {
  if (!(max > 0)) return { max: integer ? 4 : 1, step: integer ? 1 : 0.25 };
  const rough = max / 5;
  const pow = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= rough) ?? 10 * pow;
  if (integer) step = Math.max(1, Math.round(step));
  return { max: Math.ceil(max / step) * step, step };
}

const PAD_X = 4;
const PAD_Y = 3;

export class PdfBuilder {
  private page!: PDFPage;
  private y = 0;
  private readonly widths = new Map<string, number>();

  private constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    private readonly opts: Required<Pick<PdfDocOptions, 'lang' | 'bodySize'>> & PdfDocOptions,
    readonly pageSize: [number, number],
    readonly margins: Margins,
  ) {
    this.newPage();
  }

  static async create(opts: PdfDocOptions): Promise<PdfBuilder> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(upstreamFontkit);
    const font = await doc.embedFont(opts.fontBytes ?? loadPdfFont().bytes, { subset: true });
    const lang = opts.lang ?? 'zh-CN';
    doc.setTitle(opts.title, { showInWindowTitleBar: true });
    doc.setLanguage(lang);
    doc.setCreator('短会 Duanhui');
    doc.setProducer('Duanhui (pdf-lib)');
    if (opts.subject) doc.setSubject(opts.subject);
    if (opts.author) doc.setAuthor(opts.author);
    if (opts.keywords) doc.setKeywords(opts.keywords);
    if (opts.createdAt !== undefined) {
      doc.setCreationDate(new Date(opts.createdAt));
      doc.setModificationDate(new Date(opts.createdAt));
    }
    const margins = { top: 25 * MM, bottom: 25 * MM, left: 20 * MM, right: 20 * MM, ...opts.margins };
    return new PdfBuilder(doc, font, { ...opts, lang, bodySize: opts.bodySize ?? 10.5 }, opts.pageSize ?? A4, margins);
  }

  get contentWidth(): number {
    return this.pageSize[0] - this.margins.left - this.margins.right;
  }

  /** Space left on the current page, points. */
  get remaining(): number {
    return this.y - this.margins.bottom;
  }

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  /** Width of `text` at `size`; per-character widths are cached (fontkit layout is slow). */
  measure(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      let cw = this.widths.get(ch);
      if (cw === undefined) {
        cw = this.font.widthOfTextAtSize(ch, 1000);
        this.widths.set(ch, cw);
      }
      w += cw;
    }
    return (w * size) / 1000;
  }

  /**
   * A CJK font draws ’ and “ ” full-width, which leaves a gap inside English words ("chair’ s");
   * between Latin letters they become ASCII, as English typesetting in such fonts does.
   */
  static latinQuotes(text: string): string {
    return text.replace(/(?<=[A-Za-z])\u2019(?=[A-Za-z])/g, "'");
  }

  wrap(text: string, width: number, size: number): string[] {
    return wrapText(PdfBuilder.latinQuotes(text), width, (t) => this.measure(t, size));
  }

  lineHeight(size: number): number {
    return size * 1.5;
  }

  newPage(): void {
    this.page = this.doc.addPage(this.pageSize);
    this.y = this.pageSize[1] - this.margins.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.remaining < height) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /**
   * One line of text with its line box's top at `top`. The baseline sits so that 汉字 look
   * centred in the box (their em box spans −0.12…0.88 em around the baseline).
   */
  private drawLine(text: string, x: number, top: number, size: number, color: RGB, bold = false): void {
    if (!text) return;
    const y = top - this.lineHeight(size) / 2 - size * 0.36;
    if (!bold) {
      this.page.drawText(text, { x, y, size, font: this.font, color });
      return;
    }
    // A single-weight font: bold is drawn as fill plus a thin outline of the same colour.
    this.page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(size * 0.035), setStrokingColor(color));
    this.page.drawText(text, { x, y, size, font: this.font, color });
    this.page.pushOperators(popGraphicsState());
  }

  private alignedX(text: string, x: number, width: number, size: number, align: Align): number {
    if (align === 'left') return x;
    const w = this.measure(text, size);
    return align === 'right' ? x + width - w : x + (width - w) / 2;
  }

  /** Lines of text across the content width. */
  text(text: string, opts: { size?: number; align?: Align; tone?: Tone; bold?: boolean; indent?: number } = {}): void {
    const size = opts.size ?? this.opts.bodySize;
    const indent = opts.indent ?? 0;
    const width = this.contentWidth - indent;
    const lh = this.lineHeight(size);
    for (const line of this.wrap(text, width, size)) {
      this.ensure(lh);
      const x = this.alignedX(line, this.margins.left + indent, width, size, opts.align ?? 'left');
      this.drawLine(line, x, this.y, size, toneColor(opts.tone), opts.bold);
      this.y -= lh;
    }
  }

  /** The document title: large, bold, centred. */
  title(text: string, size = 20): void {
    this.text(text, { size, align: 'center', bold: true });
    this.space(size * 0.3);
  }

  /** A section heading; kept with at least `keepWith` points of what follows. */
  heading(text: string, opts: { size?: number; keepWith?: number } = {}): void {
    const size = opts.size ?? 13;
    this.space(size * 0.6);
    this.ensure(this.lineHeight(size) + (opts.keepWith ?? 40));
    this.text(text, { size, bold: true });
    this.space(size * 0.2);
  }

  paragraph(text: string, opts: { size?: number; tone?: Tone; indent?: number } = {}): void {
    this.text(text, opts);
    this.space(4);
  }

  /** A horizontal rule across the content width. */
  rule(thickness = 0.8): void {
    this.ensure(6);
    this.page.drawLine({
      start: { x: this.margins.left, y: this.y - 2 },
      end: { x: this.margins.left + this.contentWidth, y: this.y - 2 },
      thickness,
      color: RULE,
    });
    this.y -= 6;
  }

  /** Label/value lines in a bordered two-column table (会议概况). */
  facts(facts: readonly PdfFact[], opts: { labelWidth?: number; size?: number } = {}): void {
    const size = opts.size ?? this.opts.bodySize;
    // Wide enough for the longest label on one line, within a third of the page.
    const longest = Math.max(0, ...facts.map((f) => this.measure(f.label, size)));
    const labelWidth = opts.labelWidth ?? Math.min(this.contentWidth / 3, Math.max(4 * size, longest) + 2 * PAD_X + 2);
    const total = this.contentWidth;
    this.table(
      {
        columns: [
          { label: '', weight: labelWidth },
          { label: '', weight: total - labelWidth },
        ],
        rows: facts.map((f) => ({ cells: [f.label, f.value], tone: f.tone ?? 'normal' })),
      },
      { size, header: false, labelColumn: true },
    );
  }

  /**
   * A bordered table. Cells wrap; a row that does not fit moves to the next page, where the
   * header is drawn again; a row taller than a whole page is split between pages.
   */
  table(table: PdfTable, opts: { size?: number; header?: boolean; labelColumn?: boolean } = {}): void {
    const size = opts.size ?? this.opts.bodySize - 1.5;
    const lh = this.lineHeight(size);
    const weights = table.columns.reduce((s, c) => s + c.weight, 0);
    const widths = table.columns.map((c) => (c.weight / weights) * this.contentWidth);
    const xs = widths.map((_, i) => this.margins.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const cellLines = (cells: readonly string[]) => widths.map((w, i) => this.wrap(cells[i] ?? '', w - 2 * PAD_X, size));
    const showHeader = opts.header !== false;
    // A header word that does not fit its column ("Meetings" over a narrow number column) is
    // set smaller rather than broken in the middle.
    const headerSize = Math.max(
      6,
      Math.min(
        size,
        ...table.columns.map((c, i) => {
          const widest = Math.max(0, ...tokens(c.label).map((t) => this.measure(t, 1)));
          return widest > 0 ? (widths[i]! - 2 * PAD_X) / widest : size;
        }),
      ),
    );
    const headerLh = this.lineHeight(headerSize);
    const headerLines = widths.map((w, i) => this.wrap(table.columns[i]!.label, w - 2 * PAD_X, headerSize));
    const headerHeight = showHeader ? Math.max(...headerLines.map((l) => l.length)) * headerLh + 2 * PAD_Y : 0;

    const drawRow = (
      lines: string[][],
      height: number,
      style: { fill?: RGB; bold?: boolean; tone?: Tone; align?: (i: number) => Align; heavyTop?: boolean; size?: number },
    ) => {
      const rowSize = style.size ?? size;
      const rowLh = this.lineHeight(rowSize);
      const top = this.y;
      widths.forEach((w, i) => {
        const fill = style.fill ?? (opts.labelColumn && i === 0 ? LABEL_FILL : undefined);
        this.page.drawRectangle({
          x: xs[i]!,
          y: top - height,
          width: w,
          height,
          borderColor: RULE,
          borderWidth: 0.6,
          ...(fill ? { color: fill } : {}),
        });
        const cell = lines[i] ?? [];
        const offset = (height - 2 * PAD_Y - cell.length * rowLh) / 2;
        cell.forEach((line, k) => {
          const align = style.align?.(i) ?? 'left';
          const x = this.alignedX(line, xs[i]! + PAD_X, w - 2 * PAD_X, rowSize, align);
          this.drawLine(line, x, top - PAD_Y - offset - k * rowLh, rowSize, toneColor(style.tone), style.bold || (opts.labelColumn && i === 0));
        });
      });
      if (style.heavyTop) {
        this.page.drawLine({ start: { x: this.margins.left, y: top }, end: { x: this.margins.left + this.contentWidth, y: top }, thickness: 1.4, color: RULE });
      }
      this.y -= height;
    };
    const drawHeader = () => {
      if (showHeader) drawRow(headerLines, headerHeight, { fill: HEAD_FILL, bold: true, align: () => 'center', size: headerSize });
    };
    const columnAlign = (i: number) => table.columns[i]?.align ?? 'left';

    const body: { lines: string[][]; tone: Tone; footer: boolean }[] = table.rows.map((r) => ({
      lines: cellLines(r.cells),
      tone: r.tone ?? 'normal',
      footer: false,
    }));
    if (table.footer) body.push({ lines: cellLines(table.footer), tone: 'normal', footer: true });

    const firstHeight = body[0] ? Math.max(1, ...body[0].lines.map((l) => l.length)) * lh + 2 * PAD_Y : lh + 2 * PAD_Y;
    this.ensure(headerHeight + Math.min(firstHeight, 3 * lh + 2 * PAD_Y));
    drawHeader();
    if (table.rows.length === 0 && table.empty) {
      const lines = this.wrap(table.empty, this.contentWidth - 2 * PAD_X, size);
      const h = lines.length * lh + 2 * PAD_Y;
      this.page.drawRectangle({ x: this.margins.left, y: this.y - h, width: this.contentWidth, height: h, borderColor: RULE, borderWidth: 0.6 });
      lines.forEach((line, k) => this.drawLine(line, this.alignedX(line, this.margins.left, this.contentWidth, size, 'center'), this.y - PAD_Y - k * lh, size, MUTED));
      this.y -= h;
    }
    const heightOf = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * lh + 2 * PAD_Y;
    body.forEach((row, k) => {
      let lines = row.lines;
      // The totals line never stands alone on a page: the last row goes over with it.
      const next = body[k + 1];
      const keepWith = next?.footer ? heightOf(next.lines) : 0;
      if (keepWith > 0 && heightOf(lines) + keepWith > this.remaining && heightOf(lines) + keepWith + headerHeight < this.pageSize[1] / 2) {
        this.newPage();
        drawHeader();
      }
      for (;;) {
        const height = heightOf(lines);
        if (height <= this.remaining) {
          drawRow(lines, height, { tone: row.tone, bold: row.footer, align: columnAlign, heavyTop: row.footer });
          break;
        }
        const fit = Math.floor((this.remaining - 2 * PAD_Y) / lh);
        const fresh = this.pageSize[1] - this.margins.top - this.margins.bottom - headerHeight;
        if (fit >= 2 && height > fresh) {
          // Taller than a page: draw what fits here, the rest continues on the next page.
          drawRow(lines.map((l) => l.slice(0, fit)), fit * lh + 2 * PAD_Y, { tone: row.tone, bold: row.footer, align: columnAlign });
          lines = lines.map((l) => l.slice(fit));
        }
        this.newPage();
        drawHeader();
      }
    });
    this.space(6);
  }

  /** A bar chart of one or more series (side by side, or stacked), drawn as vectors. */
  barChart(chart: PdfBarChart, opts: { height?: number } = {}): void {
    const height = opts.height ?? 190;
    const size = 8;
    const titleSize = 11;
    const legend = chart.series.length > 1;
    const total = height + this.lineHeight(titleSize) + (legend ? 16 : 0);
    this.ensure(total);
    this.text(chart.title, { size: titleSize, align: 'center', bold: true });

    const left = this.margins.left + 36;
    const right = this.margins.left + this.contentWidth - 8;
    const plotTop = this.y - 14;
    const labelBand = 2 * this.lineHeight(size) + 4;
    const plotBottom = this.y - height + labelBand;
    const plotHeight = plotTop - plotBottom;
    const n = Math.max(1, chart.categories.length);
    const totals = chart.categories.map((_, c) => chart.series.reduce((s, se) => s + (se.values[c] ?? 0), 0));
    const peaks = chart.stacked ? totals : chart.series.flatMap((s) => s.values);
    const integer = chart.series.every((s) => s.values.every((v) => Number.isInteger(v)));
    const scale = niceScale(Math.max(0, ...peaks), integer);
    const yOf = (v: number) => plotBottom + (v / scale.max) * plotHeight;

    // Grid and axis labels.
    for (let v = 0; v <= scale.max + 1e-9; v += scale.step) {
      const y = yOf(v);
      this.page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: v === 0 ? 0.8 : 0.4, color: v === 0 ? RULE : GRID });
      const label = integer ? String(Math.round(v)) : String(Math.round(v * 100) / 100);
      this.page.drawText(label, { x: left - 4 - this.measure(label, size), y: y - size * 0.35, size, font: this.font, color: MUTED });
    }
    this.page.drawText(chart.unit, { x: this.margins.left, y: plotTop + 6, size, font: this.font, color: MUTED });

    const band = (right - left) / n;
    const groups = chart.stacked ? 1 : chart.series.length;
    const barWidth = Math.min(36, (band * 0.7) / groups);
    chart.categories.forEach((cat, c) => {
      const centre = left + band * (c + 0.5);
      let base = 0;
      chart.series.forEach((s, k) => {
        const v = s.values[c] ?? 0;
        const x = chart.stacked ? centre - barWidth / 2 : centre - (groups * barWidth) / 2 + k * barWidth;
        const y0 = yOf(chart.stacked ? base : 0);
        const y1 = yOf(chart.stacked ? base + v : v);
        if (v > 0) this.page.drawRectangle({ x, y: y0, width: barWidth - (groups > 1 ? 1 : 0), height: y1 - y0, color: hexColor(s.color) });
        if (!chart.stacked && v > 0) {
          const label = String(v);
          this.page.drawText(label, { x: x + (barWidth - this.measure(label, size)) / 2, y: y1 + 2, size, font: this.font, color: INK });
        }
        base += v;
      });
      if (chart.stacked && (totals[c] ?? 0) > 0) {
        const label = String(totals[c]);
        this.page.drawText(label, { x: centre - this.measure(label, size) / 2, y: yOf(totals[c]!) + 2, size, font: this.font, color: INK });
      }
      const lines = this.wrap(cat, band - 2, size);
      const shown = lines.length > 2 ? [lines[0]!, `${lines[1]!.slice(0, -1)}…`] : lines;
      shown.forEach((line, k) => {
        this.drawLine(line, centre - this.measure(line, size) / 2, plotBottom - 2 - k * this.lineHeight(size), size, INK);
      });
    });
    this.y -= height;
    if (legend) {
      let x = left;
      const y = this.y - 4;
      for (const s of chart.series) {
        this.page.drawRectangle({ x, y: y - 8, width: 9, height: 9, color: hexColor(s.color) });
        this.page.drawText(s.name, { x: x + 13, y: y - 7.5, size, font: this.font, color: INK });
        x += 13 + this.measure(s.name, size) + 18;
      }
      this.y -= 16;
    }
    this.space(10);
  }

  /** Page numbers and running headers, then the file's bytes. */
  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    const total = pages.length;
    const numberText =
      this.opts.pageNumber === false
        ? null
        : (this.opts.pageNumber ?? ((p: number, t: number) => (this.opts.lang === 'zh-CN' ? `第 ${p} 页  共 ${t} 页` : `Page ${p} of ${t}`)));
    const size = 9;
    pages.forEach((page, i) => {
      if (numberText) {
        const text = numberText(i + 1, total);
        const w = this.measure(text, size);
        page.drawText(text, { x: (this.pageSize[0] - w) / 2, y: this.margins.bottom / 2 - size / 2, size, font: this.font, color: MUTED });
      }
      if (this.opts.runningHeader && i > 0) {
        const text = this.opts.runningHeader;
        const y = this.pageSize[1] - this.margins.top / 2;
        page.drawText(text, { x: this.margins.left, y, size, font: this.font, color: MUTED });
        page.drawLine({
          start: { x: this.margins.left, y: y - 4 },
          end: { x: this.pageSize[0] - this.margins.right, y: y - 4 },
          thickness: 0.4,
          color: GRID,
        });
      }
    });
    return this.doc.save();
  }
}
