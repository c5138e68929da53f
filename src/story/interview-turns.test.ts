import { describe, expect, it } from 'vitest';
import { openingTurns } from './attribution.ts';
import { ingest, speakerNames, speakerOf } from './test-helpers.ts';

/** A press briefing: a roster, an opening statement over three paragraphs, questions labelled with their askers. */
const BRIEFING = [
  'Water agency, the relief office',
  'Province | Press briefing transcript',
  'Canal bursts in the east',
  'Kabul, 3 May 2026',
  'Speakers: Amina Sharifi, Director, Water Programme; Karim Jan Wardak, Field Engineer (by phone). Moderator: Zahra Nabizada, Press Officer.',
  'MODERATOR: Welcome. Ms Sharifi will open with a short statement.',
  'AMINA SHARIFI: Thank you. The canal in the east of the province burst on Tuesday night.',
  'We have counted about nine hundred families whose fields were flooded, most of them wheat farmers.',
  'Our teams are repairing the breach with sandbags, and we hope to close it by Sunday.',
  'MODERATOR: Thank you. Questions, please.',
  'QUESTION (Nasir Ahmad Zaki, Radio Sahar): How many families have lost their houses?',
  'SHARIFI: We do not know yet. The survey teams return tomorrow.',
  'The houses in the lower villages are mud brick, so we fear the worst.',
  'QUESTION (Gul Ahmad Sharifi, Daily Roz): When will the water be clean to drink again? And who pays?',
  'WARDAK: Not before the wells are pumped out, which takes a week.',
];

describe('interview turns run on over the paragraphs after their label', () => {
  it('an opening statement over several paragraphs under one label is its speaker’s', () => {
    const story = ingest(BRIEFING);
    expect(speakerOf(story, 'nine hundred families')).toBe('Amina Sharifi');
    expect(speakerOf(story, 'repairing the breach')).toBe('Amina Sharifi');
  });
  it('an answer runs on into the next paragraph, until the next label', () => {
    const story = ingest(BRIEFING);
    expect(speakerOf(story, 'mud brick')).toBe('Amina Sharifi');
    expect(speakerOf(story, 'wells are pumped out')).toBe('Karim Jan Wardak');
  });
  it('after the last label, a closing note is the page’s; the last answer in its own voice runs on', () => {
    const closing = 'Copies of the full survey are available from the relief office in Kabul.';
    const story = ingest([...BRIEFING, closing]);
    expect(speakerOf(story, 'Copies of the full survey')).toBeNull();
    const spoken = ingest([...BRIEFING, 'We will publish the survey as soon as our teams are back.']);
    expect(speakerOf(spoken, 'publish the survey')).toBe('Karim Jan Wardak');
  });
  it('a roster of the people taking part is no turn, and a labelled question no answer', () => {
    const story = ingest(BRIEFING);
    expect(story.speakers.map((s) => s.name)).not.toContain('Speakers');
    expect(speakerOf(story, 'How many families')).toBeNull();
    expect(speakerNames(story)).not.toContain('Question');
  });
  it('openingTurns steps back over a statement’s unlabelled paragraphs to the person’s label', () => {
    const l = { label: 'X' };
    const runsOn = (p: number) => p !== 1;
    expect(openingTurns([null, null, l, null, null, l], 6, runsOn)).toBe(2);
    expect(openingTurns([null, l, null, null, l], 5, () => false)).toBe(4);
  });
});
