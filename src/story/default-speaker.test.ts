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
