import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('heardVoiceSpeaker', () => {
  it('hands a clip to the person the cue names, in Dari and English', () => {
    const da = ingestUnderHeadline([
      'داکتر نسیمه رحمانی، رئیس شفاخانهٔ ولایتی، از کمبود دوا خبر داد.',
      'صدای داکتر رحمانی را بشنوید: «ذخیرهٔ انسولین ما تا آخر ماه بس است.»',
    ]);
    expect(speakerOf(da, 'ذخیرهٔ انسولین ما')).toMatch(/نسیمه رحمانی$/);
    const en = ingestUnderHeadline([
      'The district governor, Mawlawi Abdul Hakim Sarwari, visited the flooded villages on Monday.',
      'Listen to Mawlawi Sarwari: "We will rebuild the bridge before the snow."',
    ]);
    expect(speakerOf(en, 'rebuild the bridge')).toMatch(/Abdul Hakim Sarwari$/);
  });
});
