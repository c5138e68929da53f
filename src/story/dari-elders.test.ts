import { describe, expect, it } from 'vitest';
import { opensOnElder } from './dari-elders.ts';

describe('opensOnElder', () => {
  it('reads an old person’s noun alone or before the object of a gesture', () => {
    expect(opensOnElder('پیرمرد')).toBe(true);
    expect(opensOnElder('پیرزن دستش را')).toBe(true);
  });
  it('reads no elder in a described old man of a place, nor in another role', () => {
    expect(opensOnElder('پیرمرد قریهٔ بالا')).toBe(false);
    expect(opensOnElder('دهقان')).toBe(false);
  });
});
