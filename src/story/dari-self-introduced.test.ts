import { describe, expect, it } from 'vitest';
import { selfIntroducedName } from './dari-self-introduced.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { buildPlaceIndex } from './place-index.ts';

const reading = { index: buildPlaceIndex(TEST_GAZETTEER) };

describe('selfIntroducedName', () => {
  it('reads a name given bare or in marks', () => {
    expect(selfIntroducedName('مردی که خود را نجیب‌الله معرفی کرد، گفت: ', reading)).toBe('نجیب‌الله');
    expect(selfIntroducedName('راننده‌اش خودش را «کاکا نورالدین» معرفی می‌کند', reading)).toBe(
      'کاکا نورالدین',
    );
  });
  it('leaves a description, a role and the writer’s own question alone', () => {
    expect(selfIntroducedName('این شرکت خود را «دهقان بی‌زمین» معرفی کرد', reading)).toBeNull();
    expect(selfIntroducedName('به زنی که خود را گل‌بی‌بی معرفی کرد گفتم: ', reading)).toBeNull();
    expect(selfIntroducedName('او گفت: ', reading)).toBeNull();
    expect(selfIntroducedName('آمر مکتب دربارهٔ شاگردی که خود را فرید معرفی کرد، گفت: ', reading)).toBeNull();
  });
});
