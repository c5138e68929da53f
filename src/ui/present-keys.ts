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

export interface KeyResult {
  command: PresentCommand | null;
  /** Digits typed so far towards a jump. */
  digits: string;
  /** The key was the presentation's: the page should not also act on it. */
  handled: boolean;
}

/** What a key press means, given the digits typed before it. */
export function readPresentKey(key: string, digits: string): KeyResult {
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
  const command = KEYS[key.length === 1 ? key.toLowerCase() : key] ?? null;
  return { command, digits: '', handled: command !== null };
}
