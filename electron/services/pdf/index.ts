// The shared Chinese-PDF toolkit: A4 pages, margins, title, bordered tables with wrapping
// Chinese text, vector bar charts, page numbers, the bundled font embedded as a subset.
export { A4, MM, PdfBuilder, hexColor, niceScale, type Align, type Margins, type PdfBarChart, type PdfDocOptions, type PdfFact, type PdfTable, type PdfTableColumn, type Tone } from './pdf-builder';
export { BUNDLED_FONT_FILE, FONT_ENV, PdfFontError, fontCandidates, loadPdfFont } from './font-file';
export { upstreamFontkit } from './fontkit-adapter';
export { tokens, wrapText, type Measure } from './text-wrap';
