import { describe, expect, it } from 'vitest';
import { byLineHolder, citedAuthors, minutesAgency, postersBefore, speakingRole } from './document-roles.ts';

describe('speakingRole', () => {
  it('reads a role speaking before or after the words, or its note', () => {
    expect(speakingRole('The donor writes that the picture was his uncle’s: ', '')).toBe('donor');
    expect(speakingRole('', 'the photographer recalls')).toBe('photographer');
    expect(speakingRole("Translator's note: ", '')).toBe('translator');
  });
  it('near miss: the role owning someone else is not the role speaking', () => {
    expect(speakingRole("The bride is the donor's aunt. ", 'said the aunt')).toBeNull();
  });
});

describe('byLineHolder', () => {
  it('finds the nearest by-line for the role, passages back', () => {
    const texts = ['Photographed by Abdul Wakil Jurmi. Donated by Nazifa Rasuli, Toronto.', 'Donor: "…"'];
    expect(byLineHolder(texts, 1, 6, 'donor')).toBe('Nazifa Rasuli');
    expect(byLineHolder(texts, 1, 6, 'photographer')).toBe('Abdul Wakil Jurmi');
  });
  it('near miss: "taken by his uncle" names no one', () => {
    expect(
      byLineHolder(['The picture was taken by his uncle, a teacher.'], 0, 40, 'photographer'),
    ).toBeNull();
  });
});

describe('minutesAgency', () => {
  it('reads the acronym opening the sentence, or the one before "The representative"', () => {
    const text = 'UNHCR said that desks were full. The representative added: "…"';
    expect(minutesAgency(text, text.indexOf('"'))).toBe('UNHCR');
    const raised = 'NRC raised the question of rent: "…"';
    expect(minutesAgency(raised, raised.indexOf('"'))).toBe('NRC');
  });
  it('near miss: an acronym with no verb of speech or minutes', () => {
    const text = 'WFP trucks left Kunduz. "…"';
    expect(minutesAgency(text, text.indexOf('"'))).toBeNull();
  });
});

describe('citedAuthors', () => {
  it('reads a citation before or after the words', () => {
    const before = 'Takhari et al. (2021: 17) describe what they call "a moral economy"';
    expect(citedAuthors(before, before.indexOf('"'), before.length - 1)).toBe('Takhari et al.');
    const after = 'Debt is "a rope" (Sultani 2022: 41).';
    expect(citedAuthors(after, after.indexOf('"'), after.indexOf('" ('))).toBe('Sultani');
  });
  it('near miss: a year in brackets is no citation', () => {
    const text = '"The road was built by hand," said a man who worked on it (1974).';
    expect(citedAuthors(text, 0, text.indexOf(',"') + 1)).toBeNull();
  });
});

describe('postersBefore', () => {
  it('gives each passage the last header line removed before it', () => {
    const passages = [{ sourceStart: 0 }, { sourceStart: 40 }, { sourceStart: 90 }];
    const removed = [
      { text: 'u/baghlani_tea · 23h', sourceEnd: 30 },
      { text: 'u/kabul_nomad_88 OP · 22h', sourceEnd: 80 },
    ];
    expect(postersBefore(passages, removed)).toEqual([null, 'u/baghlani_tea', 'u/kabul_nomad_88']);
  });
  it('near miss: a page with no header lines has no posters', () => {
    expect(postersBefore([{ sourceStart: 0 }], [{ text: 'Share · Report', sourceEnd: 5 }])).toBeUndefined();
  });
});
