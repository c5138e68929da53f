import { describe, expect, it } from 'vitest';
import { emptySalience, lastSourceTurn, noteTurn } from './salience.ts';

describe('lastSourceTurn', () => {
  const record = () => {
    const s = emptySalience();
    noteTurn(s, { speaker: 'an-official', passage: 1, start: 10 });
    noteTurn(s, { speaker: 'sultani', passage: 3, start: 5 });
    return s;
  };
  const isOfficial = (id: string) => id === 'an-official';
  const never = () => false;
  it('reads back past another speaker to the source that fits', () => {
    expect(lastSourceTurn(record(), { passage: 5, start: 0 }, never, isOfficial)).toBe('an-official');
  });
  it('not beyond its reach of paragraphs', () => {
    expect(lastSourceTurn(record(), { passage: 10, start: 0 }, never, isOfficial)).toBeNull();
  });
  it('not a turn after the quotation', () => {
    expect(lastSourceTurn(record(), { passage: 1, start: 0 }, never, isOfficial)).toBeNull();
  });
  it('not past a speaker that stops the read', () => {
    expect(
      lastSourceTurn(record(), { passage: 5, start: 0 }, (id) => id === 'sultani', isOfficial),
    ).toBeNull();
  });
});
