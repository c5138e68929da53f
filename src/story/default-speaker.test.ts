import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline as ingest, speakerOf } from './test-helpers.ts';

describe('subjectOverRelative: whose relative reports', () => {
  it('the man the story opens on, though a pupil was quoted after "His son, …" and before the pronoun', () => {
    const story = ingest([
      'Mawlawi Abdul Hakim Jauzjani, who taught calligraphy in the old madrasa for fifty years, died on Friday. His son, Abdul Rauf, said he had been weak since the spring.',
      'Gul Ahmad Sharifi, a pupil of his in the 1990s, now teaches in the city. "He made us write one letter for a whole week," Sharifi said.',
      'He kept his pens until the end, his son said. "They are not mine to throw away," Abdul Rauf said.',
      'A month before his death he was asked what he wanted written on his grave.',
      '"Nothing. Let them read my walls," he said.',
    ]);
    expect(speakerOf(story, 'Let them read my walls')).toBe('Mawlawi Abdul Hakim Jauzjani');
  });
  it('a relative the paragraph before reports from, with no one quoted in between, still points back', () => {
    const story = ingest([
      'Mawlawi Abdul Hakim Jauzjani, who taught calligraphy in the old madrasa for fifty years, died on Friday.',
      'His son, Abdul Rauf, said the family would keep the madrasa open. "We owe it to the boys," Abdul Rauf said.',
      'In his last year he still taught twice a week. "A pen does not retire," he said.',
    ]);
    expect(speakerOf(story, 'A pen does not retire')).toBe('Mawlawi Abdul Hakim Jauzjani');
  });
});

describe('carryLastSpeaker: the speaker quoted last, when no one is named since', () => {
  it('a source quoted after a named man keeps the "he said" of the next paragraph', () => {
    const story = ingest([
      'Karim Jan Wardak runs the depot by the river. "Nobody stores grain here any more," Wardak said.',
      'At the weighbridge, the night watchman, an old man who asked that his name not be used, walked me past the scales. "The trucks come at two in the morning," he said.',
      'He pointed at the empty sheds. Since the summer, he said, half of them had been locked. "The owners are in Kabul, the keys are in Kabul, and the grain is in Kazakhstan," he said.',
    ]);
    expect(speakerOf(story, 'the keys are in Kabul')).toBe(speakerOf(story, 'The trucks come at two'));
    expect(speakerOf(story, 'the keys are in Kabul')).not.toBe('Karim Jan Wardak');
  });
  it('leaves the pronoun when a man is named after the last quotation', () => {
    const story = ingest([
      'At the weighbridge, the night watchman, an old man who asked that his name not be used, walked me past the scales. "The trucks come at two in the morning," he said.',
      'Later Karim Jan Wardak, who owns the depot, joined us. "The owners are in Kabul," he said.',
    ]);
    expect(speakerOf(story, 'The owners are in Kabul')).toBe('Karim Jan Wardak');
  });
});
