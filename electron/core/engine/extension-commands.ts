import type { CommandOf } from './commands';
import { isTimedKind } from './create-session';
import { current, inSession, isRefusal, itemAt, itemLabel, notEnded, type Handler } from './guards';
import { refreshItemInstants, settleEmitted } from './item-timing';
import { refuse } from './refusals';

const MINUTE = 60_000;

/** 事先申明: an extension may be declared (or withdrawn) only while the item has not started. */
export const declareExtension: Handler<CommandOf<'declare-extension'>> = (s, cmd, now) => {
  const item = notEnded(s) ?? itemAt(s, cmd.index);
  if (isRefusal(item)) return item;
  const title = itemLabel(item);
  if (!isTimedKind(s.policy, item.kind)) return refuse('extension-not-allowed-kind', { title, kind: item.kind });
  if (item.status !== 'pending') return refuse('declaration-after-start', { title });
  const max = s.policy.extensionMaxMinutes;
  if (cmd.minutes > max) return refuse('extension-too-long', { title, minutes: cmd.minutes, max });
  item.declaredExtensionMs = cmd.minutes * MINUTE;
  item.declaredAt = now;
  return null;
};

export const clearExtension: Handler<CommandOf<'clear-extension'>> = (s, cmd, now) => {
  const item = notEnded(s) ?? itemAt(s, cmd.index);
  if (isRefusal(item)) return item;
  if (item.status !== 'pending') return refuse('declaration-after-start', { title: itemLabel(item) });
  item.declaredExtensionMs = 0;
  item.declaredAt = now;
  return null;
};

/**
 * Grants the current item its one declared extension, before or after its time is up. The
 * checks follow the rule's wording: only speeches and reports, only if declared, only once,
 * at most the declared minutes and the policy maximum.
 */
export const grantExtension: Handler<CommandOf<'grant-extension'>> = (s, cmd, now) => {
  const item = inSession(s) ?? current(s);
  if (isRefusal(item)) return item;
  const title = itemLabel(item);
  if (!isTimedKind(s.policy, item.kind)) return refuse('extension-not-allowed-kind', { title, kind: item.kind });
  if (item.declaredExtensionMs <= 0) return refuse('extension-not-declared', { title });
  if (item.grantedExtensionMs > 0) {
    return refuse('extension-already-used', { title, minutes: item.grantedExtensionMs / MINUTE });
  }
  const declared = item.declaredExtensionMs / MINUTE;
  const max = Math.min(declared, s.policy.extensionMaxMinutes);
  const minutes = cmd.minutes ?? declared;
  if (minutes > max) return refuse('extension-too-long', { title, minutes, max, declared });
  item.grantedExtensionMs = minutes * MINUTE;
  item.extensionGrantedAt = now;
  refreshItemInstants(item);
  settleEmitted(item, now);
  return null;
};
