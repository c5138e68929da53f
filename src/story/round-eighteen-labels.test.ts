import { describe, expect, it } from 'vitest';
import { describedInEnglish, inlineCue } from './script-cues.ts';
import { speakerLabelSpans } from './label-spans.ts';
import { placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

const read = (paras: string[]) => readWithCountry(['Evening bulletin', ...paras].join('\n\n'));
const linked = (paras: string[], name: string): string[] =>
  placesOf(read(paras))
    .filter(([t]) => t === name)
    .map(([, id]) => id);

// A bulletin's transcript runs each clip's cue onto its words: "CLIP — Name:", "SOT – farmer, Rustaq:".
describe('a clip cue run onto its words', () => {
  it('gives the words to the person or the described voice the cue names', () => {
    const story = read([
      'ANCHOR: The ferry at the river crossing ran again this morning.',
      'SOT – Gul Ahmad Zarifi: The water dropped a metre overnight, so we loaded the first trucks at six.',
      'ANCHOR: Farmers upstream are still waiting for seed.',
      'Clip 2 — farmer, Rustaq: We ploughed in autumn and nothing came. My sons went to the bazaar for work.',
      '[BITE — an elder (Yangi Qala)]: The canal has not been cleaned in three years.',
    ]);
    expect(speakerOf(story, 'dropped a metre overnight')).toBe('Gul Ahmad Zarifi');
    expect(speakerOf(story, 'We ploughed in autumn')).toBe('a farmer in Rustaq');
    expect(speakerOf(story, 'canal has not been cleaned')).toBe('an elder in Yangi Qala');
  });

  it('near miss: prose opening with a kind word, or a cue naming no person, is no clip', () => {
    expect(inlineCue('Audio recordings show the ferry left late: the captain said so.')).toBeNull();
    expect(inlineCue('CLIP: The water dropped a metre overnight.')).toBeNull();
    expect(describedInEnglish({ name: 'a driver from Kishim', role: '' })).toBe('a driver in Kishim');
    expect(describedInEnglish({ name: 'Traffic on the bridge', role: '' })).toBeNull();
    expect(describedInEnglish({ name: 'river sounds', role: '' })).toBeNull();
  });
});

describe('a place inside a speaker label is no mention', () => {
  it('a reporter’s place in brackets, a clip’s place and an outlet’s questioner label stay unlinked', () => {
    const paras = [
      'PRESENTER: Wheat prices rose again in the north this week.',
      'CORRESPONDENT (Laila Sharifi, Aybak): Traders in the bazaar say flour is short.',
      'SOT — shopkeeper, Imam Sahib: A bag costs two hundred more than last month.',
      'PRESENTER: In Khanabad the mills are working.',
    ];
    expect(linked(paras, 'Aybak')).toEqual([]);
    expect(linked(paras, 'Imam Sahib')).toEqual([]);
    expect(linked(paras, 'Khanabad')).toEqual(['AF1904']);
  });

  it('a questioner labelled by the outlet’s name, used turn after turn', () => {
    const spans = speakerLabelSpans(
      ['Shamal Radio: Where do the patients come from?', 'Rahimi: From the districts.', 'Shamal Radio: Why?'],
      () => false,
    );
    expect(spans[0]).toEqual([{ start: 0, end: 'Shamal Radio: '.length }]);
    expect(spans[2]).toEqual([{ start: 0, end: 'Shamal Radio: '.length }]);
  });

  it('a chat message’s sender', () => {
    const line = '[11/05/2026, 06:52] Maruf Sharifi: Trucks reached the warehouse';
    expect(speakerLabelSpans([line], () => false)[0]).toEqual([{ start: 0, end: line.indexOf('Trucks') }]);
  });

  it('near miss: an item heading that is a place alone, a label used once, an editor’s bracketed role', () => {
    const isPlace = (name: string) => name === 'KUNDUZ' || name === 'Kunduz';
    expect(speakerLabelSpans(['KUNDUZ: FLOUR UP AGAIN', 'KUNDUZ: more'], isPlace)).toEqual([[], []]);
    expect(speakerLabelSpans(['Note from Kunduz: the road is open.'], isPlace)).toEqual([[]]);
    expect(
      speakerLabelSpans(['[Nazari, spokesman for the Takhar governor] The mine had no licence.'], isPlace),
    ).toEqual([[]]);
  });
});
