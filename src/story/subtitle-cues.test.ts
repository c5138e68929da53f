import { describe, expect, it } from 'vitest';
import { isCueTiming } from './subtitle-cues.ts';
import { ingest, placesOf, speakerOf } from './test-helpers.ts';

/** An invented SubRip file: numbered cues, a super, a lower third, labelled turns, a radio, credits. */
const SRT = [
  '1\n00:00:01,000 --> 00:00:04,000\nBREAD BEFORE DAWN',
  '2\n00:00:05,000 --> 00:00:08,500\nTALOQAN, TAKHAR',
  '3\n00:00:09,000 --> 00:00:12,000\n[NARRATOR] The bakery opens\nlong before the shops around it.',
  '4\n00:00:12,500 --> 00:00:15,000\nGULALAI NOORI\nBAKER',
  '5\n00:00:15,500 --> 00:00:19,000\nNOORI: We light the oven at three.\nThe dough has rested all night.',
  '6\n00:00:19,500 --> 00:00:23,000\nBy six the first customers\nare already knocking.',
  '7\n00:00:23,500 --> 00:00:26,000\nMy son asks me, why so early?\nI tell him: bread waits for nobody.',
  '8\n00:00:27,000 --> 00:00:30,000\n<i>RADIO: ...flour prices in the north\nrose again this week...</i>',
  '9\n00:00:31,000 --> 00:00:34,000\nKUNDUZ',
  '10\n00:00:34,500 --> 00:00:38,000\n[NARRATOR] In Kunduz, the mill\nworks through the night as well.',
  '11\n00:00:39,000 --> 00:00:42,000\nSHUKRIA: I sift the flour twice.',
  '12\n00:00:43,000 --> 00:00:46,000\nFilmed in Takhar province',
  '13\n00:00:46,500 --> 00:00:49,000\nCamera: Omid Sadat',
];

describe('a subtitle file: its cues are the text, its numbers and timings chrome', () => {
  it('knows a SubRip and a WebVTT timing line, and not a sentence with an arrow', () => {
    expect(isCueTiming('00:01:12,250 --> 00:01:15,900')).toBe(true);
    expect(isCueTiming('01:12.250 --> 01:15.900 align:start line:80%')).toBe(true);
    expect(isCueTiming('The price went from 12 --> 15 afghanis.')).toBe(false);
  });

  it('links the places of a super in capitals, and none in the end credits', () => {
    const places = placesOf(ingest(SRT));
    expect(places).toContainEqual(['TALOQAN', 'AF1801']);
    expect(places).toContainEqual(['TAKHAR', 'AF18']);
    expect(places.filter(([text]) => text === 'Takhar')).toEqual([]);
  });

  it('gives a labelled turn and the cues after it to the speaker the lower third names in full', () => {
    const story = ingest(SRT);
    expect(speakerOf(story, 'We light the oven at three')).toBe('Gulalai Noori');
    expect(speakerOf(story, 'The dough has rested')).toBe('Gulalai Noori');
    expect(speakerOf(story, 'are already knocking')).toBe('Gulalai Noori');
    // "I tell him:" is the speaker's own sentence, not another speaker's label.
    expect(speakerOf(story, 'bread waits for nobody')).toBe('Gulalai Noori');
  });

  it('reads a label in capitals, after a markup tag, as its speaker; the narrator is no one', () => {
    const story = ingest(SRT);
    expect(speakerOf(story, 'flour prices in the north')).toBe('Radio');
    expect(speakerOf(story, 'I sift the flour twice')).toBe('Shukria');
    expect(story.quotes.some((q) => q.text.includes('works through the night'))).toBe(false);
    // The super "KUNDUZ" ends the radio's turn: the narrator's next cue is nobody's.
    expect(story.quotes.some((q) => q.text.includes('long before the shops'))).toBe(false);
  });

  it('reads a WebVTT file the same way, its header and cue ids chrome', () => {
    const vtt = [
      'WEBVTT',
      'intro\n00:01.000 --> 00:03.000\nFAIZABAD, BADAKHSHAN',
      '00:03.500 --> 00:06.000\n[NARRATOR] The ferry crosses twice a day.',
      '00:06.500 --> 00:09.000\nMALALAI: The river was higher last year.',
      '00:09.500 --> 00:12.000\nWe waited three days on this bank.',
    ];
    const story = ingest(vtt);
    expect(placesOf(story)).toContainEqual(['FAIZABAD', 'AF1701']);
    expect(speakerOf(story, 'three days on this bank')).toBe('Malalai');
    expect(story.passages.some((p) => p.text.includes('-->') || p.text === 'WEBVTT')).toBe(false);
  });

  it('leaves an article with a single timing-like line, and its capitals labels without roles, as they were', () => {
    const story = ingest([
      'Headline of the day',
      'The clip, marked 00:00:10,000 --> 00:00:12,000 in the file, was shared widely in Kunduz.',
      'CLAIM: The mill in Kunduz closed last month.',
      'FACT: It is working, the owner said.',
    ]);
    expect(story.passages.some((p) => p.text.includes('-->'))).toBe(true);
    expect(story.quotes.some((q) => q.text.includes('The mill in Kunduz closed'))).toBe(false);
  });
});
