import { describe, expect, it } from 'vitest';
import { initialsOf } from './label-initials.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('initialsOf', () => {
  it("gives a name's initials with and without the titles opening it", () => {
    expect(initialsOf('Haji Abdul Ghafoor Nazari')).toEqual(['HAGN', 'AGN']);
    expect(initialsOf('Sadia Rahyab')).toEqual(['SR']);
    expect(initialsOf('Elena M. Porter')).toEqual(['EP']);
  });
});

describe('personOfLabel', () => {
  it('reads "R:" as the respondent the header names, and "I:" stays the interviewer\'s question', () => {
    const story = ingestUnderHeadline([
      'Informant: Nazir Ahmad Barakzai, 61, former ferryman\nRecorded by the project team',
      'I: When did you start on the ferry?',
      'R: At fourteen. My uncle owned the boat and I pulled the rope.',
      'I: How many crossings in a day?',
      'R: Twenty in summer, when the water was low. In spring, none.',
    ]);
    expect(speakerOf(story, 'At fourteen')).toBe('Nazir Ahmad Barakzai');
    expect(speakerOf(story, 'Twenty in summer')).toBe('Nazir Ahmad Barakzai');
  });

  it('near miss: capital initials matching no one named are left to the other rules', () => {
    const story = ingestUnderHeadline([
      'Narrator: Bibi Shirin Haqyar\nInterviewer: Omid Farzan (OF)',
      '[00:00:05] OF: Where did you grow up?',
      '[00:00:09] BSH: By the river, in a house of mud.',
      '[00:00:30] OF: And your schooling?',
      '[00:00:35] XQ: Sorry, the recorder stopped.',
    ]);
    expect(speakerOf(story, 'By the river')).toBe('Bibi Shirin Haqyar');
    expect(speakerOf(story, 'the recorder stopped')).not.toBe('Bibi Shirin Haqyar');
  });
});
