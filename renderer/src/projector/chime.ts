/**
 * A short two-tone chime at time-up (Web Audio: nothing to download, nothing bundled).
 * Volume 0 means off. The AudioContext is created on first use and kept.
 */
type AudioContextLike = Pick<AudioContext, 'currentTime' | 'destination' | 'createOscillator' | 'createGain' | 'state' | 'resume'>;

let shared: AudioContextLike | null = null;

export function playChime(volume: number, makeContext: () => AudioContextLike = () => new AudioContext()): boolean {
  if (!(volume > 0)) return false;
  try {
    shared ??= makeContext();
    const ctx = shared;
    if (ctx.state === 'suspended') void ctx.resume();
    const start = ctx.currentTime;
    // E5 then C5 (a door chime): clear in a noisy hall, not alarming.
    [659.25, 523.25].forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const t = start + i * 0.45;
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, volume), t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 1.25);
    });
    return true;
  } catch {
    // No audio device or autoplay refused: the screen's flash still marks the time-up.
    return false;
  }
}

/** For tests. */
export function resetChime(): void {
  shared = null;
}
