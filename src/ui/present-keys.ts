// The presentation's keys, as in PowerPoint and reveal.js, so a presenter's habits and a clicker
// (which sends PageUp/PageDown, and "." or B for its blank button) work unchanged.

export type PresentCommand =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  /** 1-based, as typed: "12" then Enter goes to the twelfth stop. */
  | { kind: 'jump'; stop: number }
  | { kind: 'blank' }
  | { kind: 'leave' }
  | { kind: 'fullscreen' }
  | { kind: 'presenter' };

/** Longest stop number a presenter types; more digits start over rather than grow without end. */
const MAX_DIGITS = 4;

const KEYS: Record<string, PresentCommand> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  n: { kind: 'next' },
  ArrowLeft: { kind: 'prev' },
  ArrowUp: { kind: 'prev' },
  PageUp: { kind: 'prev' },
  Backspace: { kind: 'prev' },
  p: { kind: 'prev' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  b: { kind: 'blank' },
  '.': { kind: 'blank' },
  Escape: { kind: 'leave' },
  f: { kind: 'fullscreen' },
  s: { kind: 'presenter' },
};

/** Where the key was typed: a right-to-left page, and the physical key (KeyboardEvent.code). */
export interface KeyContext {
  rtl?: boolean;
  code?: string;
}

/** In a right-to-left page the next stop lies to the left, as the next page of a Dari book does. */
const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** The physical key's Latin letter (or ".") when the keyboard types another script (Dari: B types ذ). */
function latinKey(code: string | undefined): string | null {
  if (code === 'Period') return '.';
  const m = /^Key([A-Z])$/.exec(code ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII ones: a Dari keyboard types those. */
const asciiDigit = (key: string) =>
  key.replace(/[\u06F0-\u06F9\u0660-\u0669]/, (d) => String((d.codePointAt(0) ?? 0) & 0xf));

export interface KeyResult {
  command: PresentCommand | null;
  /** Digits typed so far towards a jump. */
  digits: string;
  /** The key was the presentation's: the page should not also act on it. */
  handled: boolean;
}

/** What a key press means, given the digits typed before it. */
export function readPresentKey(typed: string, digits: string, where: KeyContext = {}): KeyResult {
  const key = where.rtl ? (MIRRORED[typed] ?? asciiDigit(typed)) : asciiDigit(typed);
  if (/^[0-9]$/.test(key)) {
    const next = (digits + key).slice(-MAX_DIGITS);
    return { command: null, digits: next, handled: true };
  }
  if (key === 'Enter') {
    const stop = Number(digits);
    if (digits !== '' && stop > 0) return { command: { kind: 'jump', stop }, digits: '', handled: true };
    return { command: { kind: 'next' }, digits: '', handled: true };
  }
  // Backspace first corrects a number being typed, as in any text entry.
  if (key === 'Backspace' && digits !== '')
    return { command: null, digits: digits.slice(0, -1), handled: true };
  if (key === 'Escape' && digits !== '') return { command: null, digits: '', handled: true };
  const latin = latinKey(where.code);
  const command =
    KEYS[key.length === 1 ? key.toLowerCase() : key] ?? (latin ? KEYS[latin] : undefined) ?? null;
  return { command, digits: '', handled: command !== null };
}
