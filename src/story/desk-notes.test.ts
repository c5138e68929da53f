import { describe, expect, it } from 'vitest';
import { isDeskNote } from './desk-notes.ts';

describe('isDeskNote', () => {
  it.each([
    'PLANNING NOTE: the desk will move a package on schools in Baghlan on Sunday.',
    'Editor’s note: times are as given by the organisers.',
    'Coverage plans: Text, photos.',
    'Programming note: the Taloqan bulletin moves to 1900.',
    '**Editor’s note:** times are as given by the organisers.',
  ])('reads %s as a desk note', (line) => expect(isDeskNote(line)).toBe(true));
  it.each([
    'The editor noted that Baghlan had no reporter.',
    'Planning for the winter began in Kunduz in October.',
  ])('near miss: %s', (line) => expect(isDeskNote(line)).toBe(false));
});
