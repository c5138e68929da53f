// Round nine, quotation side: rules read the way a newsroom's next article needs them, each with sentences made up
// for the test.
import { describe, expect, it } from 'vitest';
import { SUBJECT_VERB, isSpeechClause } from './attribution-patterns.ts';
import { isDariKinOrTitleAlone } from './dari-attribution.ts';
import { ingest, speakerOf } from './test-helpers.ts';

/** The last reporting-clause candidate of a text, as the rules see it. */
const lastClause = (s: string): RegExpMatchArray => {
  const found = [...s.matchAll(SUBJECT_VERB)].at(-1);
  if (!found) throw new Error(`no clause in ${s}`);
  return found;
};

describe('a noun that spells like a speech verb is no verb after a singular role', () => {
  it('isSpeechClause: "the farmer\'s only answer is", "the council\'s last reply was" are no clauses', () => {
    expect(isSpeechClause(lastClause("the farmer's only answer is stone"))).toBe(false);
    expect(isSpeechClause(lastClause("the council's last reply was short"))).toBe(false);
    expect(isSpeechClause(lastClause("the teacher's first remark was kind"))).toBe(false);
    // After "a" or "one" the role is singular; "-ss", "-us" and "news" are no plurals.
    expect(isSpeechClause(lastClause('a police report says the road is open'))).toBe(false);
    expect(isSpeechClause(lastClause('the news report said nothing'))).toBe(false);
    expect(isSpeechClause(lastClause('the witness answer was short'))).toBe(false);
    expect(isSpeechClause(lastClause('the boss claim was false'))).toBe(false);
  });

  it('isSpeechClause: a singular role with "-s" or a past, and a plural with the bare form, are', () => {
    expect(isSpeechClause(lastClause('the spokesman answered'))).toBe(true);
    expect(isSpeechClause(lastClause('the district governor says'))).toBe(true);
    expect(isSpeechClause(lastClause('the elders answer'))).toBe(true);
    expect(isSpeechClause(lastClause('the police say'))).toBe(true);
    expect(isSpeechClause(lastClause('my parents note'))).toBe(true);
    expect(isSpeechClause(lastClause('her family say'))).toBe(true);
    expect(isSpeechClause(lastClause('Karim Jawad told'))).toBe(true);
    expect(isSpeechClause(lastClause('the old miller used to say'))).toBe(true);
  });

  it('reads "the union would ask" as no clause, so "…," the letter said is the person who wrote it', () => {
    const letter = ingest([
      'Dr Hamida Rasuli, the union\'s chair, said in a letter that the union would ask the ministry for more money. "Every teacher in the district should be paid before the spring," the letter said.',
    ]);
    expect(speakerOf(letter, 'Every teacher in the district')).toBe('Dr Hamida Rasuli');
    const notice = ingest([
      'Engineer Wahid Omar, head of the water board, wrote on Sunday that the board would answer every complaint in writing. "No village will wait more than a week for its turn at the canal," the notice said.',
    ]);
    expect(speakerOf(notice, 'No village will wait')).toBe('Engineer Wahid Omar');
  });
});

describe('Dari: a kin word or a title alone yields to the person its paragraph named', () => {
  it('isDariKinOrTitleAlone: «پدرم»، «مادرش»، «بابه»، «حاجی» alone, but not a name', () => {
    expect(isDariKinOrTitleAlone('پدرم')).toBe(true);
    expect(isDariKinOrTitleAlone('مادرش')).toBe(true);
    expect(isDariKinOrTitleAlone('بابه')).toBe(true);
    expect(isDariKinOrTitleAlone('حاجی')).toBe(true);
    expect(isDariKinOrTitleAlone('حاجی نورالله')).toBe(false);
    expect(isDariKinOrTitleAlone('مادرجان')).toBe(false);
  });

  it('gives «بعد گفت» to the person the writer visited, not to «پدرم» mentioned after them', () => {
    const story = ingest([
      'پدرم می‌گفت: «چوب را باید شناخت.»',
      'دیروز به دیدن انجنیر کریم صافی رفتم. او همکار پدرم بود و هنوز عکس پدرم را در دفترش دارد.',
      'بعد گفت: «پل‌های این ولسوالی را ما دو نفر ساختیم.»',
    ]);
    expect(speakerOf(story, 'چوب را باید')).toBe('پدرم');
    expect(speakerOf(story, 'پل‌های این ولسوالی')).toBe('انجنیر کریم صافی');
  });

  it('gives «او گفت» to the woman the writer talked with, not to «مادرم» she remembers', () => {
    const story = ingest([
      'مادرم در جوانی قالین می‌بافت. مادرم می‌گفت: «هر گره یک دعا است.»',
      'دیروز با خانم ثریا احمدی گفت‌وگو کردم. او شاگرد مادرم بود و هنوز دستان مادرم را به یاد دارد.',
      'او گفت: «هیچ‌کس مثل او رنگ‌ها را نمی‌شناخت.»',
    ]);
    expect(speakerOf(story, 'هیچ‌کس مثل او')).toBe('خانم ثریا احمدی');
  });

  it('keeps the kin word when it is the one speaking: «پدرم می‌گفت … او بعد گفت»', () => {
    const story = ingest([
      'پدرم همیشه در خانه از روزهای کارخانه حرف می‌زد. پدرم می‌گفت: «کار، آبروی مرد است.»',
      'او بعد گفت: «هیچ‌کس این را نمی‌فهمد.»',
    ]);
    expect(speakerOf(story, 'هیچ‌کس این را')).toBe('پدرم');
  });

  it('keeps the kin word that spoke a paragraph before, even after a named person', () => {
    const story = ingest([
      'دیروز با پدرم به دیدن انجنیر کریم صافی رفتیم. پدرم در راه می‌گفت: «این مرد پل ما را ساخت.»',
      'او بعد گفت: «پل‌ها از آدم‌ها بیشتر عمر می‌کنند.»',
    ]);
    expect(speakerOf(story, 'پل‌ها از آدم‌ها')).toBe('پدرم');
  });

  it('reads a kin word before «را» as the object, not a speaker: «نام مادرم را گفتم»', () => {
    const story = ingest([
      'مادرم همیشه می‌گفت: «قابله‌های این دره فرشته‌اند.»',
      'سال گذشته به دیدن بی‌بی گلالی رفتم. وقتی نام مادرم را گفتم، لبخند زد.',
      'بعد گفت: «من او را در شب برفی به دنیا آوردم.»',
    ]);
    expect(speakerOf(story, 'در شب برفی')).toBe('بی‌بی گلالی');
  });
});

describe("an anonymous source whose description holds an organisation's name", () => {
  it("',\" said an Agency for Rural Development engineer in Taloqan': the source, by its phrase", () => {
    const story = ingest([
      'Clinics in the north are short of insulin. "We have not had a delivery since March," said an Agency for Rural Development engineer in Taloqan.',
    ]);
    expect(speakerOf(story, 'We have not had')).toBe('An Agency for Rural Development engineer in Taloqan');
  });

  it('"A Ministry of … official in Kunduz, who asked not to be named, said …. "…," he said": the official', () => {
    const story = ingest([
      'Dr Latifa Sharifi runs the clinic in Khanabad.',
      'A Ministry of Rural Rehabilitation and Development official in Kunduz, who asked not to be named, said the money had been spent elsewhere. "The road was never in the budget," he said.',
    ]);
    expect(speakerOf(story, 'The road was never')).toBe(
      'A Ministry of Rural Rehabilitation and Development official in Kunduz',
    );
  });
});

describe('"the <role>, Name, <verb>" introduced in mid-sentence', () => {
  it('after a time phrase: "Last spring the clinic\'s only midwife, Name, delivered …"', () => {
    const story = ingest([
      'Dr Homa Sadat runs the clinic.',
      'Last spring the clinic\'s only midwife, Shukria Barakzai, delivered ninety babies. "Some nights I did not sleep at all," she said.',
    ]);
    expect(speakerOf(story, 'Some nights')).toBe('Shukria Barakzai');
  });

  it('"On Tuesday the district\'s agriculture manager, Eng. Name, walked …"', () => {
    const story = ingest([
      'Dr Homa Sadat runs the clinic.',
      'On Tuesday the district\'s agriculture manager, Eng. Karim Zaki, walked the flooded fields with the elders. "We need stone, not promises," he said.',
    ]);
    expect(speakerOf(story, 'We need stone')).toBe('Eng. Karim Zaki');
  });
});
