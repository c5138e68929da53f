import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, placesOf, speakerOf } from './test-helpers.ts';

// Lines shaped a little like page furniture that are reporting: each rule that removes furniture leaves them be.
const linked = (paras: string[]) => placesOf(ingestUnderHeadline(paras)).map(([text]) => text);

describe('reporting that only looks like furniture stays the story', () => {
  it('keeps a quotation with a reporter’s bracketed word, not a sign-up box', () => {
    const story = ingestUnderHeadline([
      'Peace council',
      '"We ask every armed man in Dasht-e-Archi and Qala-e-Zal to [join] the council before the harvest," said Abdul Wakil Saberi, the governor.',
    ]);
    expect(placesOf(story).map(([text]) => text)).toEqual(['Dasht-e-Archi', 'Qala-e-Zal']);
    expect(speakerOf(story, 'armed man in Dasht-e-Archi')).toBe('Abdul Wakil Saberi');
  });

  it('keeps a Dari sentence on what a report shows, not a desk note on the report', () => {
    expect(
      linked(['سرک‌ها', 'این گزارش نشان می‌دهد که سرک‌های ولایت کندز پس از سیلاب بهار اصلاح شده است.']),
    ).toEqual(['کندز']);
  });

  it('keeps figures "as received" from a hospital, not a box of readers’ reports', () => {
    expect(
      linked([
        'Casualties',
        'The casualty figures, as received from the provincial hospital on Monday:',
        '- Dasht-e-Archi: four dead, nine injured',
        '- Qala-e-Zal: two dead, three injured',
      ]),
    ).toEqual(['Dasht-e-Archi', 'Qala-e-Zal']);
  });

  it('keeps a section headed "Sources" that is about where water comes from', () => {
    expect(
      linked([
        'Where the water goes',
        'The canal system of the north feeds more than a hundred villages every summer, and each year it carries less than the last, engineers say.',
        'Sources',
        'Snowmelt from the hills above Taloqan fills the upper canals in April.',
        'Springs near Khwaja Ghar keep the lower fields green into July.',
      ]),
    ).toEqual(['Taloqan', 'Khwaja Ghar']);
  });

  it('keeps a public notice under «اعلان», not an advertisement', () => {
    expect(
      linked([
        'معارف',
        'اعلان',
        'ریاست معارف ولایت کندز از داوطلبان می‌خواهد که برای آزمون معلمان ثبت‌نام کنند. با شمارهٔ ۰۷۹۹۱۲۳۴۵۶ تماس بگیرید.',
      ]),
    ).toEqual(['کندز']);
  });

  it('keeps a subhead opening on "By" and a river, not a byline', () => {
    const story = ingestUnderHeadline([
      'Along the water',
      'By Kunduz River, in Dasht-e-Archi and Qala-e-Zal',
      'Fishermen cast their nets at dawn below the old bridge.',
    ]);
    expect(story.meta.byline ?? null).toBeNull();
    expect(story.removed.map((r) => r.text)).not.toContain(
      'By Kunduz River, in Dasht-e-Archi and Qala-e-Zal',
    );
  });
});
