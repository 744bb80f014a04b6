/**
 * The script every bench page gets before its own code runs (page.addInitScript). It keeps the
 * true clock for measuring, optionally skews the clock the page's code sees, and records every
 * change of what the projector shows, stamped by a MutationObserver.
 *
 * Selectors the renderer must keep (renderer/src/projector/ProjectorView.tsx, ClockDigits.tsx):
 *   [data-testid="pj-clock"] [role="timer"]   the big clock; its text is data-text (else textContent)
 *   [data-testid="projector"][data-phase]      the screen phase ("blackout" when blacked out)
 *   [data-testid="pj-message"]                 the chair's message
 */

export interface ShownState {
  /** Page's true clock (performance.timeOrigin + performance.now(), unskewed), epoch ms. */
  t: number;
  clock: string | null;
  phase: string | null;
  message: string | null;
}

export interface KeyStamp {
  t: number;
  key: string;
}

export interface ProbeRecord {
  shown: ShownState[];
  keys: KeyStamp[];
  /** First time a clock text was in the DOM, and the frame after it (≈ painted). */
  firstClock: { t: number; paintedAt: number | null; text: string } | null;
  dropped: number;
}

/**
 * Runs in the page. A string, not a function: tsx (esbuild keepNames) would wrap a function's
 * source in __name() helpers that do not exist in the page.
 */
const PROBE_SOURCE = String.raw`
(function probe(skewMs, maxRecords) {
  const perf = performance;
  const realOrigin = perf.timeOrigin;
  const perfNow = perf.now.bind(perf);
  const trueNow = () => realOrigin + perfNow();

  if (skewMs !== 0) {
    // The page's code sees a clock that is off by skewMs, like a PC whose clock was never set.
    Object.defineProperty(Performance.prototype, 'timeOrigin', { configurable: true, get: () => realOrigin + skewMs });
    const RealDate = Date;
    const realDateNow = RealDate.now.bind(RealDate);
    class SkewedDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(realDateNow() + skewMs);
        else super(...args);
      }
      static now() {
        return realDateNow() + skewMs;
      }
    }
    globalThis.Date = SkewedDate;
  }

  const record = { shown: [], keys: [], firstClock: null, dropped: 0 };
  let last = '';
  const read = () => {
    const timer = document.querySelector('[data-testid="pj-clock"] [role="timer"]') || document.querySelector('[role="timer"]');
    const screen = document.querySelector('[data-testid="projector"]');
    const message = document.querySelector('[data-testid="pj-message"]');
    return {
      clock: timer ? (timer.getAttribute('data-text') ?? timer.textContent) : null,
      phase: screen ? screen.getAttribute('data-phase') : null,
      message: message ? message.textContent : null,
    };
  };
  const onChange = () => {
    const t = trueNow();
    const state = read();
    const sig = state.clock + '|' + state.phase + '|' + state.message;
    if (sig === last) return;
    last = sig;
    if (record.shown.length >= maxRecords) {
      record.dropped++;
      return;
    }
    record.shown.push({ t, clock: state.clock, phase: state.phase, message: state.message });
    if (state.clock && !record.firstClock) {
      const first = { t, paintedAt: null, text: state.clock };
      record.firstClock = first;
      requestAnimationFrame(() => {
        first.paintedAt = trueNow();
      });
    }
  };
  new MutationObserver(onChange).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  window.addEventListener('keydown', (e) => {
    if (record.keys.length < maxRecords) record.keys.push({ t: trueNow(), key: e.key });
  }, true);

  window.__bench = {
    trueNow,
    record,
    read,
    // Hands over and forgets what was recorded, so long runs keep little in the page.
    take() {
      return { shown: record.shown.splice(0), keys: record.keys.splice(0), firstClock: record.firstClock, dropped: record.dropped };
    },
    // NTP-style samples against the room server's /api/time, from this page.
    async serverSamples(token, n, gapMs) {
      const out = [];
      for (let i = 0; i < n; i++) {
        const t0 = trueNow();
        const res = await fetch('/api/time', { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' });
        const t3 = trueNow();
        const body = await res.json();
        out.push({ t0, serverTime: body.serverTime, t3 });
        // The room server allows 10 requests a second per address: stay well under it.
        await new Promise((r) => setTimeout(r, gapMs));
      }
      return out;
    },
  };
})`;

/** The init script's source for a page whose code should see its clock off by `skewMs`. */
export function probeScript(skewMs = 0, maxRecords = 200_000): string {
  return `${PROBE_SOURCE}(${JSON.stringify(skewMs)}, ${JSON.stringify(maxRecords)});`;
}
