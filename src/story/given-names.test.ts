import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('nameGivenInAside', () => {
  it('names the quotation before "…, who gave her name only as Name"', () => {
    const story = ingestUnderHeadline([
      '"We came on foot," said the woman, who gave her name only as Gulsoma.',
    ]);
    expect(speakerOf(story, 'came on foot')).toBe('Gulsoma');
  });
  it('names a quotation of "a guard identified only as Name", and the guard\'s next one', () => {
    const story = ingestUnderHeadline([
      'A guard at the gate waved the cars through.',
      '"No one checks anything after dark," said a guard identified only as Wahid.',
      '"The lamps have no oil," the guard said.',
    ]);
    expect(speakerOf(story, 'No one checks')).toBe('Wahid');
    expect(speakerOf(story, 'lamps have no oil')).toBe('Wahid');
  });
  it('leaves a named speaker who mentions someone "known only as Name"', () => {
    const story = ingestUnderHeadline([
      'Zarifa Noorzai runs the bakery on the corner.',
      '"My supplier is a man known only as Lala," Noorzai said.',
    ]);
    expect(speakerOf(story, 'My supplier')).toBe('Zarifa Noorzai');
  });
  it('leaves a quotation a sentence away from the aside', () => {
    const story = ingestUnderHeadline([
      'Shir Agha Wardak drives the school bus.',
      '"The road is bad," Wardak said. A boy, identified only as Farid, climbed aboard.',
    ]);
    expect(speakerOf(story, 'road is bad')).toBe('Shir Agha Wardak');
  });
  it('"who asked to be identified as Name", "who would only be named as Name": the wish, without "only"', () => {
    const a = ingestUnderHeadline([
      '"The flour is wet," said a porter who asked to be identified as Sharif.',
    ]);
    expect(speakerOf(a, 'flour is wet')).toBe('Sharif');
    const b = ingestUnderHeadline(['"We pay twice," said the driver, who would only be named as Tamim.']);
    expect(speakerOf(b, 'We pay twice')).toBe('Tamim');
  });
  it('near miss: "a village identified as Sharif Abad" in a named speaker\'s sentence changes nothing', () => {
    const story = ingestUnderHeadline([
      '"The convoy turned back," said Latifa Mohmand, describing a village identified as the next stop.',
    ]);
    expect(speakerOf(story, 'convoy turned back')).toBe('Latifa Mohmand');
  });
});
