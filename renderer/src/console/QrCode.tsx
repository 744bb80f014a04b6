import { useMemo } from 'react';
import { QUIET_ZONE, qrPath } from './qr-code';

/**
 * The QR code of `text`, drawn by React as SVG (no innerHTML, no style tag: the CSP allows
 * neither). Black on white whatever the console's theme, as phone cameras expect.
 */
export function QrCode({ text, label, pixels = 240 }: { text: string; label: string; pixels?: number }) {
  const qr = useMemo(() => qrPath(text), [text]);
  const side = qr.size + 2 * QUIET_ZONE;
  return (
    <svg
      className="cs-qr"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
      data-testid="lan-qr"
      data-modules={qr.size}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
