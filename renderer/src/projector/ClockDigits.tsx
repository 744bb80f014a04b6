/**
 * The big clock. Every glyph sits in a cell of fixed width (digits and "+" 0.6 em, ":" 0.3 em),
 * so '1:11' and '0:00' are exactly as wide and nothing moves as the seconds change, whatever
 * the font's own digit widths; tabular-nums is set as well for the text inside the cells.
 */
const CELL_EM: Record<string, number> = { ':': 0.3 };
const DIGIT_EM = 0.6;

export function clockWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += CELL_EM[ch] ?? DIGIT_EM;
  return width;
}

export function ClockDigits({ text, className }: { text: string; className?: string }) {
  const cells = [...text];
  return (
    <span className={`clock-digits ${className ?? ''}`} aria-label={text} role="timer" data-text={text}>
      {cells.map((ch, i) => (
        <span key={i} aria-hidden="true" className={ch === ':' ? 'cell cell-colon' : ch === '+' ? 'cell cell-plus' : 'cell'}>
          {ch}
        </span>
      ))}
    </span>
  );
}
