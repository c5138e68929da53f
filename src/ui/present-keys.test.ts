import { describe, expect, it } from 'vitest';
import { readPresentKey } from './present-keys.ts';

const command = (key: string, digits = '') => readPresentKey(key, digits).command?.kind ?? null;

describe('presentation keys', () => {
  it('step as PowerPoint and reveal.js do, clickers included', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter'])
      expect(command(key)).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace']) expect(command(key)).toBe('prev');
    expect(command('Home')).toBe('first');
    expect(command('End')).toBe('last');
    expect(command('b')).toBe('blank');
    expect(command('B')).toBe('blank');
    expect(command('.')).toBe('blank');
    expect(command('Escape')).toBe('leave');
    expect(command('f')).toBe('fullscreen');
    expect(command('s')).toBe('presenter');
  });

  it('a number then Enter jumps; Backspace and Esc correct the number first', () => {
    let r = readPresentKey('1', '');
    expect(r).toEqual({ command: null, digits: '1', handled: true });
    r = readPresentKey('2', r.digits);
    expect(r.digits).toBe('12');
    expect(readPresentKey('Enter', r.digits)).toEqual({
      command: { kind: 'jump', stop: 12 },
      digits: '',
      handled: true,
    });
    expect(readPresentKey('Backspace', '12')).toEqual({ command: null, digits: '1', handled: true });
    expect(readPresentKey('Escape', '12')).toEqual({ command: null, digits: '', handled: true });
    expect(readPresentKey('Enter', '0').command).toEqual({ kind: 'next' });
    expect(readPresentKey('9', '1234').digits).toBe('2349');
  });

  it('follow a Dari page and keyboard: ← is next, Persian digits jump, letters by their physical key', () => {
    const rtl = { rtl: true };
    expect(readPresentKey('ArrowLeft', '', rtl).command?.kind).toBe('next');
    expect(readPresentKey('ArrowRight', '', rtl).command?.kind).toBe('prev');
    expect(readPresentKey('ArrowDown', '', rtl).command?.kind).toBe('next');
    expect(readPresentKey('۱', '', rtl).digits).toBe('1');
    expect(readPresentKey('Enter', readPresentKey('۲', '1', rtl).digits, rtl).command).toEqual({
      kind: 'jump',
      stop: 12,
    });
    expect(readPresentKey('ذ', '', { rtl: true, code: 'KeyB' }).command?.kind).toBe('blank');
    expect(readPresentKey('س', '', { code: 'KeyS' }).command?.kind).toBe('presenter');
  });

  it('leave other keys to the page, and forget a half-typed number', () => {
    expect(readPresentKey('Tab', '3')).toEqual({ command: null, digits: '', handled: false });
    expect(readPresentKey('x', '')).toEqual({ command: null, digits: '', handled: false });
  });
});
