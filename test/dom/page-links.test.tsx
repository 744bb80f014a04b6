import { describe, expect, it } from 'vitest';
import { pageHref } from '../../renderer/src/shared/PageLinks';

describe('links between the chair pages', () => {
  it('carry the chair token in a browser and nothing in the desktop app', () => {
    expect(pageHref('planning', '?t=abc_DEF-123&lang=en')).toBe('./planning.html?t=abc_DEF-123');
    expect(pageHref('records', '')).toBe('./records.html');
    expect(pageHref('console', '?mode=viewer')).toBe('./index.html');
  });
});
