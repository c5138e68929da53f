import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';
import { relationKey } from './speakers.ts';

// A relative of the person a piece is about is named once in apposition — "said his daughter, Name," or "his
// son, Name, a shopkeeper, said" — and afterwards called only by the relation ("his daughter said"): every such
// quotation is the named relative's, as a reader keeps one person for one relation through the piece.

describe('a relative named once in apposition, re-mentioned by the relation', () => {
  it('"said his nephew, Name" gives the quotation to the name, and a later "his nephew said" too', () => {
    const story = ingestUnderHeadline([
      'Sayed Omar Jalali, who repaired radios in the old bazaar of Kunduz for half a century, died on Sunday.',
      '"Every radio in the street passed through his hands once," said his nephew, Tamim Jalali, who kept the accounts.',
      'The shop will stay shut until spring. "He fixed the last one with his eyes half closed," his nephew said.',
    ]);
    expect(speakerOf(story, 'passed through his hands')).toBe('Tamim Jalali');
    expect(speakerOf(story, 'eyes half closed')).toBe('Tamim Jalali');
  });

  it('"her eldest daughter, Name, a nurse in Taloqan, said" then "her daughter said": one person', () => {
    const story = ingestUnderHeadline([
      'Bibi Nafisa Karimi sewed school uniforms for every girl in her lane for thirty years.',
      '"She never took money from a widow," her eldest daughter, Shabnam Karimi, a nurse in Taloqan, said.',
      'The sewing machine still stands by the window. "We oil it every Friday," her daughter said.',
    ]);
    expect(speakerOf(story, 'never took money')).toBe('Shabnam Karimi');
    expect(speakerOf(story, 'oil it every Friday')).toBe('Shabnam Karimi');
  });

  it('near miss: two sons named, then "his son said" — no single person, so no name is guessed', () => {
    const story = ingestUnderHeadline([
      'Haji Rahmatullah Noori kept bees above the village for forty years.',
      'His elder son, Yama Noori, sells the honey; his younger son, Bilal Noori, keeps the hives.',
      'Last week the hives were moved. "The bees know the way home," his son said.',
    ]);
    expect(speakerOf(story, 'know the way home')).not.toBe('Yama Noori');
    expect(speakerOf(story, 'know the way home')).not.toBe('Bilal Noori');
  });

  it('relationKey keeps the owner word and the kin noun, and reads no role as a relation', () => {
    expect(relationKey('His eldest son')).toBe('his son');
    expect(relationKey('her daughter')).toBe('her daughter');
    expect(relationKey('my older cousin')).toBe('my cousin');
    expect(relationKey('his lawyer')).toBeNull();
    expect(relationKey('the daughter')).toBeNull();
  });
  it('near miss: "his daughter said" of another man is his nameless daughter, not the one named earlier', () => {
    const story = ingestUnderHeadline([
      'Ghulam Sakhi Amiri, who ran the flour mill by the canal, died in March. "He ground grain for free in bad years," said his daughter, Parwana Amiri.',
      'Across the lane, Mohammad Yousuf Sultani, a blacksmith, lost his forge to the same flood. "Father lit that fire every dawn," his daughter said.',
    ]);
    expect(speakerOf(story, 'ground grain for free')).toBe('Parwana Amiri');
    expect(speakerOf(story, 'lit that fire every dawn')).not.toBe('Parwana Amiri');
  });

  it('near miss: "his son said" after another man is named is that man\'s son', () => {
    const story = ingestUnderHeadline([
      'Nasir Ahmad Rahimi sold cloth in the covered market. "He knew every weaver by name," his son, Farhad Rahimi, said.',
      'A week later Samiullah Barakzai, a money changer two stalls down, was held by the police. "They took his ledgers too," his son said.',
    ]);
    expect(speakerOf(story, 'knew every weaver')).toBe('Farhad Rahimi');
    expect(speakerOf(story, 'took his ledgers')).not.toBe('Farhad Rahimi');
  });

  it('near miss: "her sister said" before the sister is named is not the one named later', () => {
    const story = ingestUnderHeadline([
      'Malalai Hashimi taught sewing to girls in the back room of a bakery.',
      '"She never missed a morning," her sister said.',
      'The classes stopped last year. "We kept the machines," her sister, Roya Hashimi, said.',
    ]);
    expect(speakerOf(story, 'never missed a morning')).not.toBe('Roya Hashimi');
    expect(speakerOf(story, 'kept the machines')).toBe('Roya Hashimi');
  });
  it('a son named since (family) does not take "his": "his daughter said" is still the named daughter', () => {
    const story = ingestUnderHeadline([
      'Ustad Karim Sharifi, who tuned pianos and rubabs in Faizabad, died on Friday. "He heard a wrong string from the street," said his daughter, Maryam Sharifi.',
      '"He never charged a musician twice," his son, Omid Sharifi, a driver in Kunduz, said.',
      'Neighbours filled the lane for the prayers, his daughter said. "He would have hated the fuss," she said.',
    ]);
    expect(speakerOf(story, 'would have hated the fuss')).toBe('Maryam Sharifi');
  });
});
