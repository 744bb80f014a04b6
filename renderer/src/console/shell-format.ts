import type { TFunction } from 'i18next';
import type { DisplayInfo, ProjectorPlacement } from '../api/duanhui-api';

/** A display's name; some Linux desktops report none. */
export const displayName = (t: TFunction, display: DisplayInfo): string => display.label.trim() || t('shell.displayName', { id: display.id });

/** The resolution in device pixels (what the display's box says), not the scaled desktop size. */
export const displayResolution = (t: TFunction, display: DisplayInfo): string =>
  t('shell.resolution', {
    width: Math.round(display.bounds.width * display.scaleFactor),
    height: Math.round(display.bounds.height * display.scaleFactor),
  });

/** Where the projector view is, as a sentence (`long`) or for the side panel's status line. */
export function placementText(t: TFunction, placement: ProjectorPlacement, long: boolean): string {
  const base = long ? 'shell.placement' : 'shell.short';
  switch (placement.kind) {
    case 'fullscreen':
      return t(`${base}.fullscreen`, { label: placement.label.trim() || t('shell.displayName', { id: placement.displayId }) });
    case 'hidden':
      return long && placement.waitingFor?.label ? t('shell.placement.hiddenWaiting', { label: placement.waitingFor.label }) : t(`${base}.hidden`);
    default:
      return t(`${base}.${placement.kind}`);
  }
}
