import { describe, expect, it } from 'vitest';
import {
  continuedSpeaker,
  continuesTurn,
  emptySalience,
  genderOfLead,
  noteTurn,
  ownerOfLead,
  paragraphOpeners,
} from './salience.ts';
import type { PersonEvent } from './person-events.ts';

describe('continuesTurn', () => {
  it('reads a pronoun then a verb that goes on with a turn', () => {
    for (const clause of ['he added.', 'She adds', 'he also added', 'He continued:'])
      expect(continuesTurn(clause, 0)).toBe(true);
  });
  it('near miss: a verb that opens a turn', () => {
    for (const clause of ['he said.', 'she told reporters', 'he addressed the crowd', 'the man added'])
      expect(continuesTurn(clause, 0)).toBe(false);
  });
});

describe('continuedSpeaker', () => {
  const ev = (speaker: string, passage: number, start: number): PersonEvent => ({
    speaker,
    passage,
    start,
    end: start + 5,
  });
  const genders: Record<string, 'male' | 'female'> = { jalali: 'male', amina: 'female', trader: 'male' };
  const genderOf = (id: string) => genders[id] ?? null;
  const record = () => {
    const s = emptySalience();
    noteTurn(s, { speaker: amina, passage: 0, start: 0 });
    noteTurn(s, { speaker: 'jalali', passage: 1, start: 0 });
    return s;
  };
  const amina = 'amina';
  const quiet = () => 'who owns mills in Kunduz.';

  it('the person last quoted of the gender, past a man named in passing since', () => {
    expect(
      continuedSpeaker(record(), { passage: 3, start: 30 }, 'male', ev('trader', 2, 40), genderOf, quiet),
    ).toBe('jalali');
  });
  it('skips a turn of the other gender', () => {
    const s = record();
    noteTurn(s, { speaker: amina, passage: 2, start: 0 });
    expect(continuedSpeaker(s, { passage: 3, start: 30 }, 'male', ev('trader', 2, 40), genderOf, quiet)).toBe(
      'jalali',
    );
  });
  it('near miss: the one named since reports in their own sentence', () => {
    const reports = () => 'said the wall was funded.';
    expect(
      continuedSpeaker(record(), { passage: 3, start: 30 }, 'male', ev('trader', 2, 40), genderOf, reports),
    ).toBe(null);
  });
  it('near miss: the one named since has been quoted before', () => {
    const s = emptySalience();
    noteTurn(s, { speaker: 'trader', passage: 0, start: 0 });
    noteTurn(s, { speaker: 'jalali', passage: 1, start: 0 });
    expect(continuedSpeaker(s, { passage: 3, start: 30 }, 'male', ev('trader', 2, 40), genderOf, quiet)).toBe(
      null,
    );
  });
  it('near miss: the last turn is out of reach', () => {
    expect(
      continuedSpeaker(record(), { passage: 6, start: 30 }, 'male', ev('trader', 5, 40), genderOf, quiet),
    ).toBe(null);
  });
});

describe('genderOfLead', () => {
  const at = (text: string, name: string) =>
    genderOfLead(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads the noun leading a name', () => {
    expect(at('Her nephew Farid, 19, stacks the boxes.', 'Farid')).toBe('male');
    expect(at('He lives with his eldest daughter, Sima, in Kunduz.', 'Sima')).toBe('female');
    expect(at('She rents a room from the widow Gul Bibi.', 'Gul Bibi')).toBe('female');
  });
  it('near miss: no gendered noun, or a name owning the noun', () => {
    expect(at('Her neighbour Farid, 19, stacks the boxes.', 'Farid')).toBe(null);
    expect(at('Yesterday Farid stacked the boxes.', 'Farid')).toBe(null);
    expect(at('The shop was a gift from her mother, Ahmad Wali said.', 'Ahmad Wali')).toBe(null);
  });
});

describe('ownerOfLead', () => {
  const at = (text: string, name: string) => ownerOfLead(text, text.indexOf(name));
  it("reads the owner's pronoun before a noun and a name", () => {
    expect(at('Her sister-in-law, Mahbooba, minds the children.', 'Mahbooba')).toBe('female');
    expect(at('He pays his two apprentices, Jawed and Omid, in bread.', 'Jawed')).toBe('male');
    expect(at('He pays his two apprentices, Jawed and Omid, in bread.', 'Omid')).toBe('male');
    expect(at('Her pupils, Sima Haidari, Nadia and Laila, sing.', 'Laila')).toBe('female');
  });
  it('near miss: an article or a name before the noun owns nothing', () => {
    expect(at('The apprentice, Jawed, sorts the screws.', 'Jawed')).toBe(null);
    expect(at("Karim's apprentice, Jawed, sorts the screws.", 'Jawed')).toBe(null);
  });
});

describe('paragraphOpeners', () => {
  it('the speakers a paragraph opens on by name, not those named inside one', () => {
    const texts = ['Sharif Noori opens the stall at five.', 'At noon his nephew, Omid, takes over.'];
    const events = [
      { speaker: 'sharif', passage: 0, start: 0, end: 12 },
      { speaker: 'omid', passage: 1, start: 31, end: 35 },
    ];
    expect([...paragraphOpeners(emptySalience(), events, texts).keys()]).toEqual(['sharif']);
  });
  it('with the first paragraph each opens', () => {
    const texts = ['Omid came home.', 'Sharif Noori sells melons.', 'Sharif Noori opens at five.'];
    const events = [
      { speaker: 'sharif', passage: 2, start: 0, end: 12 },
      { speaker: 'sharif', passage: 1, start: 0, end: 12 },
    ];
    expect(paragraphOpeners(emptySalience(), events, texts).get('sharif')).toBe(1);
  });
});
