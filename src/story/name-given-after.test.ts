import { describe, expect, it } from 'vitest';
import { namingIn } from './name-given-after.ts';

describe('namingIn', () => {
  it('reads "Her name is …", "He gives his name as …" and "…, as she introduced herself"', () => {
    expect(namingIn('Her name is Shakila. She teaches.', 0)).toEqual({
      at: 0,
      name: 'Shakila',
      gender: 'female',
    });
    expect(namingIn('Tea came. He gives his name as Sakhi Dad and laughs.', 0)?.name).toBe('Sakhi Dad');
    expect(namingIn('Bibi Sanam, as she introduced herself later, lives here.', 0)?.gender).toBe('female');
  });

  it('reads only the stretch right after the words: a naming far on is not looked for (linear on a long paragraph)', () => {
    const far = `${'The queue did not move. '.repeat(20)}Her name is Shakila.`;
    expect(namingIn(far, 0)).toBeNull();
    expect(namingIn(far, far.length - 40)?.name).toBe('Shakila');
  });

  it('reads no naming mid-sentence or before `from`', () => {
    expect(namingIn('We asked what her name is Shakila said.', 0)).toBeNull();
    expect(namingIn('His name is Jamshid. Then we left.', 5)).toBeNull();
  });
});
