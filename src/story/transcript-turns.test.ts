import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';
import { turnLabel } from './transcript-turns.ts';

describe('turnLabel: the speaker label opening a transcript paragraph', () => {
  it('reads "NAME:", "Name (role):" and "[Name]", after a time mark, and not a stage direction', () => {
    expect(turnLabel('[00:02:10] HAIDARI: The canal was dug by hand.')).toMatchObject({ label: 'Haidari' });
    expect(turnLabel('Parwin Hakimi (nurse): We had no power for a week.')).toMatchObject({
      label: 'Parwin Hakimi',
      role: 'nurse',
    });
    expect(turnLabel('[Gulnar] We waited by the gate until noon.')).toMatchObject({ label: 'Gulnar' });
    expect(turnLabel('<v Gul Ahmad>We moved the house twice.')).toMatchObject({
      label: 'Gul Ahmad',
      voice: true,
    });
    expect(turnLabel('<v.loud محمد نعیم>راه بسته بود.')).toMatchObject({ label: 'محمد نعیم', voice: true });
    expect(turnLabel('<i>the river is high</i>')).toBeNull();
    expect(turnLabel('[00:04:00] [wind, a dog barking]')).toBeNull();
    expect(turnLabel('The canal, dug by hand, still runs.')).toBeNull();
  });
});

describe('transcriptTurns: speech under a label is the labelled person’s', () => {
  it('gives each labelled turn to its person, named in full by the lower third, and leaves narration alone', () => {
    const story = ingestUnderHeadline([
      '[00:00:05] NARRATOR: The orchard sits where two streams meet.',
      '[00:00:12] [LOWER THIRD: GHULAM SAKHI HAIDARI / Orchard keeper]',
      '[00:00:15] HAIDARI: My apricots ripen a week before anyone else’s on this slope.',
      '[00:00:30] [LOWER THIRD: PARWIN HAKIMI / Nurse, district clinic]',
      '[00:00:33] HAKIMI: In winter the clinic sees more burns than fevers.',
      '[00:00:50] NARRATOR: The clinic has two beds and one stove.',
      '[00:01:02] HAIDARI: When the frost comes late we lose nothing at all.',
    ]);
    expect(speakerOf(story, 'My apricots ripen')).toBe('Ghulam Sakhi Haidari');
    expect(speakerOf(story, 'more burns than fevers')).toBe('Parwin Hakimi');
    expect(speakerOf(story, 'the frost comes late')).toBe('Ghulam Sakhi Haidari');
    expect(story.quotes.some((q) => q.text.includes('two beds'))).toBe(false);
  });

  it("gives the reporter's paragraphs after the last turn, or naming their own speaker, to no one", () => {
    const story = ingestUnderHeadline([
      'A ferryman and two farmers spoke to us on the landing.',
      'Nasir Wahedi (ferryman): The cable snapped twice this spring.',
      'Laila Rahimi (farmer): We wait a whole day to cross with our melons.',
      'Nasir Wahedi (ferryman): Next year, they promise, a bridge.',
      'The district office said on Sunday it had asked for a new cable.',
      'By evening the river had risen again and the landing was empty.',
    ]);
    expect(speakerOf(story, 'promise, a bridge')).toBe('Nasir Wahedi');
    expect(story.quotes.some((q) => q.text.includes('asked for a new cable'))).toBe(false);
    expect(story.quotes.some((q) => q.text.includes('landing was empty'))).toBe(false);
  });

  it('gives a turn with no label, after a lower third and the narrator, to the captioned person', () => {
    const story = ingestUnderHeadline([
      '[00:00:04] NARRATOR: At the ferry landing Abdul Basir Karimi, 40, runs the ticket booth.',
      '[00:00:10] KARIMI: We sell tickets from six.',
      '[00:00:20] KARIMI: Nobody crosses after dark.',
      '[00:00:31] KARIMI: The cable was replaced in spring.',
      '[00:00:40] [LOWER THIRD: NAZIR AHMAD WARDAKI / Ferry pilot]',
      '[00:00:43] NARRATOR: The pilot grew up on this bank.',
      '[00:00:49] I know every stone under this water, even the ones that move.',
      '[00:01:05] [music]',
      '[00:01:10] Subscribe for more films.',
    ]);
    expect(speakerOf(story, 'every stone under this water')).toBe('Nazir Ahmad Wardaki');
    expect(story.quotes.some((q) => q.text.includes('Subscribe'))).toBe(false);
  });

  it('reads "Name (role):" labels and runs a turn on through a paragraph with no label', () => {
    const story = ingestUnderHeadline([
      'Zarghona Ahmadi (teacher): The girls walk an hour each way.',
      'Some of them bring their younger brothers along.',
      'Nasim Faizi (driver): I take the road through the pass twice a day.',
      'Zarghona Ahmadi (teacher): In winter we teach in the mosque.',
    ]);
    expect(speakerOf(story, 'girls walk an hour')).toBe('Zarghona Ahmadi');
    expect(speakerOf(story, 'younger brothers along')).toBe('Zarghona Ahmadi');
    expect(speakerOf(story, 'through the pass twice')).toBe('Nasim Faizi');
  });

  it('reads a Dari transcript’s "نام (نقش):" labels the same way', () => {
    const story = ingestUnderHeadline([
      'گوینده: در کنار دریا، کشتی‌ها کم شده‌اند.',
      'ذبیح‌الله نوری (دهقان): آب امسال کم است و زمین خشک مانده.',
      'فریبا سادات (معلم): بچه‌ها صبح زود از خانه می‌آیند.',
      'ذبیح‌الله نوری (دهقان): اگر باران نبارد، گندم نمی‌کاریم.',
    ]);
    expect(speakerOf(story, 'آب امسال کم است')).toBe('ذبیح‌الله نوری');
    expect(speakerOf(story, 'بچه‌ها صبح زود')).toBe('فریبا سادات');
    expect(story.quotes.some((q) => q.text.includes('کشتی‌ها'))).toBe(false);
  });

  it('quotes no one where the labels name nobody, or where there are too few turns', () => {
    const check = ingestUnderHeadline([
      'CLAIM: A photo shows the new bridge already cracked.',
      'RATING: MISLEADING. The crack is in an older bridge.',
      'SOURCE: The picture first appeared in 2019.',
      'CONTEXT: The new bridge opened in May.',
    ]);
    expect(check.quotes).toEqual([]);
    const brief = ingestUnderHeadline([
      'Update: The road reopened at noon.',
      'The governor, Khalil Rahimi, toured the site.',
    ]);
    expect(brief.quotes).toEqual([]);
  });
});

describe('a bracketed name and role opening a paragraph is a turn, however few the text has', () => {
  it('gives the soundbite under "[Name, role]" to that person, and the correspondent’s lines to no one', () => {
    const story = ingestUnderHeadline([
      'A private channel reported the market fire in its evening bulletin.',
      '[Correspondent] Smoke could still be seen over the cloth market late in the evening.',
      '[Sultan Mahmood Karimi, head of the traders’ union] Forty shops burned. Nobody has insured them.',
      '[Correspondent] Firefighters from two districts fought the blaze for five hours.',
      '[Rahila Jawed, a tailor whose stall was lost] I had sixty dresses ready for the wedding season.',
    ]);
    expect(speakerOf(story, 'Forty shops burned')).toBe('Sultan Mahmood Karimi');
    expect(speakerOf(story, 'sixty dresses ready')).toBe('Rahila Jawed');
    expect(story.quotes.some((q) => q.text.includes('Firefighters from two districts'))).toBe(false);
  });

  it('leaves a bracketed editor’s insertion opening a sentence alone', () => {
    const story = ingestUnderHeadline([
      'The officials met the elders on Tuesday.',
      '[The ministry’s] press office in the capital said the talks would go on next week.',
    ]);
    expect(story.quotes).toEqual([]);
  });
});

describe('turnLabel: a role after the name and a comma', () => {
  it('reads the role and where the name ends', () => {
    const text = 'ملالی، خیاط: شب‌ها که برق می‌آید کار می‌کنیم.';
    expect(turnLabel(text)).toMatchObject({ label: 'ملالی', role: 'خیاط', nameEnd: text.indexOf('خیاط') });
    expect(turnLabel('QADIR, baker: I bake half of what I baked.')).toMatchObject({
      label: 'Qadir',
      role: 'baker',
    });
  });

  it('reads no label where a sentence introduces a quotation or says who speaks', () => {
    expect(turnLabel('احمد، رئیس معارف تخار: «مکتب‌ها باز است.»')).toBeNull();
    expect(turnLabel('In Kunduz, the governor said: the road is open.')).toBeNull();
  });
});

describe('turnLabel: the words after the comma must give a role', () => {
  it('reads a role in capitals, a described person and a Dari trade', () => {
    expect(turnLabel('ROYA, SHOPKEEPER: Nobody buys sweets.')).toMatchObject({
      label: 'Roya',
      role: 'SHOPKEEPER',
    });
    expect(turnLabel('Sharifa, a teacher in Taloqan: The girls want to come back.')?.role).toBe(
      'a teacher in Taloqan',
    );
    expect(turnLabel('محمدداوود، نجار: از صبح تا شام کار می‌کنم.')?.role).toBe('نجار');
  });

  it('reads no label for a heading, a dateline or a list before a colon', () => {
    expect(turnLabel('Across Kunduz, the toll so far: 40 dead.')).toBeNull();
    expect(turnLabel('Kunduz, Afghanistan: Residents spent the night on rooftops.')).toBeNull();
    expect(turnLabel('Fruit, vegetables: up 20% since March.')).toBeNull();
    expect(turnLabel('نزدیک خان‌آباد، بیشترین آسیب: خانواده‌های عودت‌کننده.')).toBeNull();
  });
});
