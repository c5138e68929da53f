import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe('findCopularNamings', () => {
  it('introduces a man by "His name is" and one name word', () => {
    const story = read(
      'The guard at the gate is Mohammad Karim Sahak, who has watched it since 2010.',
      'A boy sells boiled eggs by the gate. His name is Samiullah and he is twelve. "My father is in Iran," he said.',
    );
    expect(speakerOf(story, 'My father is in Iran')).toBe('Samiullah');
  });
  it('introduces a woman by "The woman … is Name"', () => {
    const story = read(
      'Abdul Hadi Noori has sold cloth in Rostaq for forty years.',
      'The woman who runs the shop next to his is Gul Afroz Samadi. "We share the generator and the gossip," she says.',
    );
    expect(speakerOf(story, 'We share the generator')).toBe('Gul Afroz Samadi');
  });
  it('near miss: "His name is known" names no one', () => {
    const story = read(
      'Khalil Ahmad Rahimi runs the only pharmacy in Warduj.',
      'A smuggler brings the medicine over the pass. His name is Known to everyone, but no one says it. "We have no other road," Rahimi said.',
    );
    expect(speakerOf(story, 'We have no other road')).toBe('Khalil Ahmad Rahimi');
  });
});
