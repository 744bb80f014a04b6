import { MESSAGE_PRESET_TEXT, type CommandOf } from './commands';
import { notEnded, type Handler } from './guards';

export const message: Handler<CommandOf<'message'>> = (s, cmd, now) => {
  const r = notEnded(s);
  if (r) return r;
  const preset = cmd.preset ?? null;
  s.message = { text: preset ? MESSAGE_PRESET_TEXT[preset]['zh-CN'] : (cmd.text ?? ''), preset, at: now };
  return null;
};

export const clearMessage: Handler<CommandOf<'clear-message'>> = (s) => {
  const r = notEnded(s);
  if (r) return r;
  s.message = null;
  return null;
};

/** Allowed at any time, also after the end: the projector is the chair's to blank. */
export const blackout: Handler<CommandOf<'blackout'>> = (s, cmd) => {
  s.blackout = cmd.on;
  return null;
};
