import { describe, expect, it } from 'vitest';
import { keyAction } from '../../renderer/src/console/keymap';

describe('keyboard and clicker keys', () => {
  it.each([
    [' ', 'primary'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['PageUp', 'undo'],
    ['e', 'extend'],
    ['m', 'message'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['F5', 'start'],
    ['Escape', 'escape'],
    ['?', 'help'],
    ['s', 'skip'],
  ])('%j → %s', (key, action) => {
    expect(keyAction({ key })).toBe(action);
  });

  it('Ctrl+Z (and Cmd+Z) is undo; other modified keys are left to the browser', () => {
    expect(keyAction({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(keyAction({ key: 'z', metaKey: true })).toBe('undo');
    expect(keyAction({ key: 'z' })).toBeNull();
    expect(keyAction({ key: 'n', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'b', altKey: true })).toBeNull();
  });

  it('a held key does not toggle again and again', () => {
    expect(keyAction({ key: ' ', repeat: true })).toBeNull();
    expect(keyAction({ key: 'b', repeat: true })).toBeNull();
    expect(keyAction({ key: 'PageDown', repeat: true })).toBeNull();
  });

  it('typing in a text field keeps its keys, except Esc', () => {
    const input = document.createElement('input');
    expect(keyAction({ key: ' ', target: input })).toBeNull();
    expect(keyAction({ key: 'n', target: input })).toBeNull();
    expect(keyAction({ key: 'Escape', target: input })).toBe('escape');
    expect(keyAction({ key: 'n', target: document.createElement('div') })).toBe('next');
  });
});
