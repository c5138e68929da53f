import { describe, expect, it } from 'vitest';
import { appositiveHeadBefore, bodyEndingIn } from './appositive-heads.ts';

const headOf = (text: string, name: string): string | null =>
  appositiveHeadBefore(text, text.indexOf(name))?.name ?? null;

describe('appositiveHeadBefore', () => {
  it('reads back over one or two appositives to the name they describe', () => {
    expect(headOf('Paul Martin, an economist who advised the bank in Islamabad, said', 'Islamabad')).toBe(
      'Paul Martin',
    );
    expect(headOf('Nasima Jalali, who runs a bakery there, the Pamir Bakery, wrote', 'Pamir Bakery')).toBe(
      'Nasima Jalali',
    );
  });

  it('stops at a sentence end, an "and" or a head that opens on a common word', () => {
    expect(headOf('Ahmad Zia, a driver. Najibullah Sahak said', 'Najibullah')).toBeNull();
    expect(headOf('Farid Nazari, a teacher, and Karim Jawad said', 'Karim Jawad')).toBeNull();
    expect(headOf('In Kunduz City, the old market near Sher Khan said', 'Sher Khan')).toBeNull();
  });
});

describe('bodyEndingIn', () => {
  it('reads a body\'s name back over its "and"', () => {
    const text = 'The Ministry of Mines and Petroleum said';
    expect(bodyEndingIn(text, text.indexOf('Petroleum'), 'Petroleum')?.name).toBe(
      'Ministry of Mines and Petroleum',
    );
  });

  it('leaves two people joined by "and" alone', () => {
    const text = 'Karim Jawad and Petroleum said';
    expect(bodyEndingIn(text, text.indexOf('Petroleum'), 'Petroleum')).toBeNull();
  });
});
