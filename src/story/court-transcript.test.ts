import { describe, expect, it } from 'vitest';
import { nameAsWritten } from './court-transcript.ts';
import { hasQuote, ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('nameAsWritten', () => {
  it('writes a name in capitals as prose does, initials and all', () => {
    expect(nameAsWritten('ELENA M. PORTER')).toBe('Elena M. Porter');
    expect(nameAsWritten("ABDUL-RAUF O'NEIL")).toBe("Abdul-Rauf O'Neil");
    expect(nameAsWritten('Rachel Owusu')).toBe('Rachel Owusu');
  });
});

describe('courtTurns', () => {
  it('runs an answer on through its numbered lines and a page break, and ends it at a heading', () => {
    const story = ingestUnderHeadline([
      ' 1     MR. HALE: The defense calls Sima Rezayee.\n 2     SIMA REZAYEE, DEFENSE WITNESS, SWORN\n 3     BY MR. HALE:',
      " 4     Q.  Where were you that night?\n 5     A.  At my sister's house. We were cooking for\n 6     a wedding, all of us.",
      ' 1     Everyone in the family was there until morning.',
      ' 2                    CROSS-EXAMINATION\n 3     BY MS. TRENT:\n 4     Q.  Which sister?',
      ' 5     A.  The older one, Farzana.\n 6     MS. TRENT: Nothing further.',
    ]);
    expect(speakerOf(story, "At my sister's house")).toBe('Sima Rezayee');
    expect(speakerOf(story, 'a wedding, all of us')).toBe('Sima Rezayee');
    expect(speakerOf(story, 'Everyone in the family was there')).toBe('Sima Rezayee');
    expect(speakerOf(story, 'The older one, Farzana')).toBe('Sima Rezayee');
    expect(hasQuote(story, 'CROSS-EXAMINATION')).toBe(false);
    expect(hasQuote(story, 'Which sister')).toBe(false);
    expect(speakerOf(story, 'Nothing further')).toBe('Ms. Trent');
  });

  it('reads nothing when no witness is called or sworn: "A:" answers stay the interview\'s', () => {
    const story = ingestUnderHeadline([
      'Dr Parwin Hamidi has run the cardiology clinic for twelve years.',
      'Q: How long do patients wait?',
      'A: Three weeks for a first visit. For an operation they must still go to the capital.',
      'Q: What would you change first?',
      'A: A second echo machine. Ours is fifteen years old.',
    ]);
    expect(speakerOf(story, 'A second echo machine')).toBe('Dr Parwin Hamidi');
    expect(hasQuote(story, 'What would you change first')).toBe(false);
  });
});
