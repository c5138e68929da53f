import { describe, expect, it } from 'vitest';
import { documentSubject } from './statement-sources.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('documentSubject', () => {
  it('reads a sentence opening on a definite document, with a body as its owner', () => {
    expect(documentSubject('Schools shut. The statement called on families ')).toEqual({
      owner: null,
      antecedent: 'statement',
    });
    expect(documentSubject("According to the agency's letter, the clinic needed ")).toEqual({
      owner: 'agency',
      antecedent: null,
    });
  });
  it('reads no document that is not the subject, and no person as owner', () => {
    expect(documentSubject('He read the statement aloud and said ')).toBeNull();
    expect(documentSubject("Karimi's statement said ")).toBeNull();
    expect(documentSubject("The farmer's letter said ")).toEqual({ owner: 'farmer', antecedent: null });
  });
  it('reads no document that the sentence gives to another, or whose sentence quotes someone else', () => {
    expect(documentSubject('The report by Human Rights Watch said families were ')).toBeNull();
    expect(documentSubject('The letter, signed by forty elders, asked the agency to ')).toBeNull();
    expect(documentSubject("The statement from the farmers' union called the cuts ")).toBeNull();
    expect(documentSubject('That report surprised the governor, who told reporters he was ')).toBeNull();
  });
});

describe('giveDocumentsToBodies', () => {
  it("gives the notice's words to the agency that issued it", () => {
    const story = ingestUnderHeadline([
      'The World Food Programme said on Friday it would cut rations "because donors have not paid".',
      'Its notice asked families "to register again before the end of the month".',
    ]);
    expect(speakerOf(story, 'to register again')).toContain('World Food Programme');
  });
  it("keeps a person's statement off a body (near-miss)", () => {
    const story = ingestUnderHeadline([
      'The Ministry of Mines opened the tender on Monday.',
      '"We will not sell the mountain," said Haji Abdul Razaq Noori, an elder from the valley. The statement was cheered by "the whole mosque".',
    ]);
    expect(speakerOf(story, 'the whole mosque') ?? '').not.toContain('Ministry of Mines');
  });
});
