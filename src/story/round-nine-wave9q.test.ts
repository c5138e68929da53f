// Round nine, third wave, quotation side: a Dari feature's present-tense attribution, with sentences made up for
// the test.
import { describe, expect, it } from 'vitest';
import { nameAfterSource } from './anonymous.ts';
import { openingTurns } from './attribution.ts';
import {
  dariSubjectAfter,
  isPronounName,
  opensSentence,
  parseSubject,
  reportedClauseSubject,
  withoutWhileClause,
} from './dari-attribution.ts';
import { ingestUnderHeadline, readWithCountry, speakerNames, speakerOf } from './test-helpers.ts';

const speakersOf = (paras: string[]) => speakerNames(readWithCountry(paras.join('\n\n')));

describe('a Dari feature closes a quotation with a bare «می‌گوید»', () => {
  it('parseSubject: no words before the verb is a dropped subject', () => {
    expect(parseSubject('', 10)).toMatchObject({ name: null, pronoun: true, dropped: true });
  });

  it('gives «…» می‌گوید. to the person the paragraph before is about', () => {
    const paras = [
      'گل‌بی‌بی، خیاط شصت‌ساله در این قریه، سی سال است که برای عروس‌ها لباس می‌دوزد.',
      '«دست‌هایم دیگر مثل جوانی تند نیست،» می‌گوید. «اما چشمم هنوز خوب می‌بیند.»',
    ];
    expect(speakersOf(paras)).toEqual(['گل‌بی‌بی', 'گل‌بی‌بی']);
  });
});

describe('«…» Name می‌گوید و …: the speech verb joined to another clause by "و"', () => {
  it('dariSubjectAfter reads the name before "می‌گوید و"', () => {
    const text = '«این باغ را پدرم کاشت،» عبدالکریم می‌گوید و به درختان اشاره می‌کند.';
    expect(dariSubjectAfter(text, text.indexOf('»') + 1)).toMatchObject({ name: 'عبدالکریم' });
  });
});

describe('a dropped subject goes on from the sentence subject, not a name in its appositive', () => {
  it('opensSentence: a name at a sentence start, or after a time word and a comma', () => {
    const text = 'عصر، رحیم‌الله به خانه آمد. او به کریم نگاه کرد.';
    expect(opensSentence(text, text.indexOf('رحیم‌الله'))).toBe(true);
    expect(opensSentence(text, text.indexOf('کریم', text.indexOf('نگاه') - 6))).toBe(false);
  });

  it('gives «…» می‌گوید. after "X، نوهٔ Y، …" to X, not to Y', () => {
    const paras = [
      'حاجی عبدالصمد هفتاد سال دارد و هنوز هر روز به دکانش می‌رود.',
      'فریدون، نوهٔ ۲۰ سالهٔ حاجی عبدالصمد، دو سال در ترکیه کار کرد و امسال به خانه برگشت.',
      '«در آنجا هیچ‌کس زبانم را نمی‌فهمید،» می‌گوید.',
    ];
    expect(speakersOf(paras)).toEqual(['فریدون']);
  });
});

describe('a present-tense verb before "که" is a clause, not an anonymous source', () => {
  it('"مرد جوان به دوستش نگاه می‌کند که …" introduces no source named after that clause', () => {
    const paras = [
      'سلیمه، معلم مکتب قریه، از صبح در صنف است.',
      'مرد جوان لحظه‌ای به دوستش نگاه می‌کند که کنار دروازه ایستاده است.',
      '«درس امروز دیر تمام شد،» می‌گوید.',
    ];
    const story = readWithCountry(paras.join('\n\n'));
    expect(story.speakers.map((s) => s.name).filter((n) => n.includes('نگاه'))).toEqual([]);
  });
});

describe("a pronoun or a reference word is never a speaker's name", () => {
  it('isPronounName: او، وی، نامبرده، موصوف open no name', () => {
    expect(['او ۶۰ سال', 'نامبرده', 'موصوف', 'وی'].filter((n) => !isPronounName(n))).toEqual([]);
    expect(isPronounName('اورنگ‌زیب')).toBe(false);
  });

  it('gives "نامبرده تصریح کرد: «…»" to the person just named', () => {
    const paras = [
      'محمد ظاهر امیری، سخنگوی شاروالی، گفت: «کار پاک‌کاری جوی‌ها از شنبه آغاز می‌شود.»',
      'نامبرده تصریح کرد: «باشندگان زباله را در جوی‌ها نیندازند.»',
    ];
    expect(speakersOf(paras)).toEqual(['محمد ظاهر امیری', 'محمد ظاهر امیری']);
  });

  it('does not take "او ۷۰ سال داشت" for a person named او', () => {
    const paras = [
      'حاجی رحمت‌الله، آهنگر قدیمی بازار، هفتهٔ گذشته درگذشت. او ۷۰ سال داشت.',
      'او سال‌ها پیش گفته بود: «آهن را باید تا سرخ است کوبید.»',
    ];
    expect(speakersOf(paras)).toEqual(['حاجی رحمت‌الله']);
  });
});

describe("\"X می‌گوید او … گفته بود: «…»\": the words are the pronoun's person's, not the reporter's", () => {
  it('reportedClauseSubject cuts after the inner speech verb only when a pronoun follows', () => {
    const phrase = 'یکی از همسایه‌هایش می‌گوید او به مهمانان ';
    expect(phrase.slice(reportedClauseSubject(phrase))).toBe('او به مهمانان ');
    expect(reportedClauseSubject('رئیس زراعت گفت که قطع درختان زیاد شده و ')).toBe(0);
  });

  it('gives the quotation to the person, not to "یکی"', () => {
    const paras = [
      'داکتر نصرت‌الله، جراح شفاخانهٔ ولایتی، سی سال در این شهر کار کرد.',
      'یکی از همکارانش می‌گوید او به کسانی که پول زیاد پیشنهاد می‌کردند، پاسخ داده بود: «جای من همین‌جاست.»',
    ];
    expect(speakersOf(paras)).toEqual([expect.stringContaining('نصرت‌الله')]);
  });
});

describe('a Dari sports report: coaches and players by their roles', () => {
  it('reads "X، سرمربی تیم Y، … شکایت کرد. او … گفت" as X, not the coach quoted before', () => {
    const paras = [
      'عبدالقادر رحیمی، سرمربی تیم عقابان، پس از بازی گفت: «بازیکنان ما خسته بودند.»',
      'در سوی دیگر، نجیب‌الله سلطانی، سرمربی تیم پلنگان، از زمین بازی شکایت کرد. او پس از بازی گفت: «زمین پر از سنگ بود.»',
    ];
    expect(speakersOf(paras)).toEqual(['عبدالقادر رحیمی', 'نجیب‌الله سلطانی']);
  });

  it('withoutWhileClause: the subject before "در حالی که", "وقتی که"', () => {
    expect(withoutWhileClause('پیکان در حالی که توپ را در دست داشت')).toBe('پیکان');
    expect(withoutWhileClause('کاپیتان تیم وقتی که از میدان بیرون شد')).toBe('کاپیتان تیم');
    expect(withoutWhileClause('محمد وقتی‌نژاد')).toBe('محمد وقتی‌نژاد');
  });

  it('gives "Surname در حالی که …، گفت: «…»" to the player the text introduced', () => {
    const paras = [
      'فرید احمدزی، مهاجم ۲۰ سالهٔ تیم، گل دوم را زد.',
      'احمدزی در حالی که توپ را در دست داشت، به خبرنگاران گفت: «این گل از مردم ماست.»',
    ];
    expect(speakersOf(paras)).toEqual(['فرید احمدزی']);
  });
});

describe('an English wire: a bare role before the name after the quotation', () => {
  it("reads ',\" police spokesman Name told AFP by phone' and ',\" district governor Name said'", () => {
    const story = ingestUnderHeadline([
      'Two houses collapsed in the night.',
      '"The river rose faster than anyone expected," police spokesman Abdul Qadir Hamdard told AFP by phone.',
      '"We have opened the school for the families," district governor Mohammad Yasin Rahimi said.',
    ]);
    expect(speakerOf(story, 'The river rose')).toBe('Abdul Qadir Hamdard');
    expect(speakerOf(story, 'We have opened')).toBe('Mohammad Yasin Rahimi');
  });

  it("a word that is no role before a name is not read so (',\" then Karim left')", () => {
    const story = ingestUnderHeadline(['"Go home," shouted a man in the crowd, and then Karim Jawad left.']);
    expect(speakerOf(story, 'Go home')).not.toBe('Karim Jawad');
  });
});

describe('a source that gives one name, even a name that spells a place', () => {
  it('"A farmer, who gave his name only as X, said …" then "he told AFP" is X', () => {
    const story = ingestUnderHeadline([
      'Fighting broke out near the fields.',
      '"It is calm now," police spokesman Abdul Qadir Hamdard said.',
      'A farmer in the village, who gave his name only as Khost, said dozens of men had come.',
      '"They burned the fields before noon," he told AFP.',
    ]);
    expect(speakerOf(story, 'They burned')).toBe('Khost');
    expect(story.mentions.filter((m) => m.text === 'Khost')).toEqual([]);
  });
});

describe("a transcript's opening turns before its first question", () => {
  it('openingTurns: the run of labelled paragraphs right before the first question, never the headline', () => {
    const l = { label: 'X' };
    expect(openingTurns([null, null, l, l, l], 4)).toBe(2);
    expect(openingTurns([l, l, l], 2)).toBe(1);
    expect(openingTurns([null, l, null, l], 3)).toBe(3);
  });

  it('gives "HAMIDI: Thank you all …" before "Q (…): …?" to the speaker the labels name', () => {
    const story = ingestUnderHeadline([
      'Governor spokesman Abdul Basir Hamidi and engineer Lutfullah Sadiq spoke to reporters in the city.',
      'Below is an edited transcript.',
      'MODERATOR: We will begin with a statement and then take questions.',
      'HAMIDI: Thank you for coming today. The bridge will be finished before winter.',
      'SADIQ: The foundations are done and the steel arrives next month.',
      'Q (Radio Azadi): When will traffic cross the bridge?',
      'SADIQ: In the spring, if the steel comes on time.',
      'Q (Tolo News): And who pays for it?',
      'SADIQ: The ministry has paid the first part of it.',
    ]);
    expect(speakerOf(story, 'Thank you for coming')).toBe('Abdul Basir Hamidi');
    expect(speakerOf(story, 'The foundations are done')).toBe('Lutfullah Sadiq');
  });
});

describe('an anonymous phrase followed by the name it stands for', () => {
  it('nameAfterSource: "called X", "named X", and ", X," in commas', () => {
    expect(nameAfterSource(' called Gulnar walked me to the school')).toEqual({ name: 'Gulnar', sure: true });
    expect(nameAfterSource(', Qudratullah, sells flour')).toEqual({ name: 'Qudratullah', sure: false });
    expect(nameAfterSource(', who asked not to be named, said')).toBeNull();
  });

  it('"A shopkeeper in the bazaar, Qudratullah, sells …" then "he told me" is Qudratullah', () => {
    const story = ingestUnderHeadline([
      'The road ends at the river.',
      'A shopkeeper in the old bazaar, Qudratullah, sells rice that came by donkey. "Every week the price goes up," he told me.',
    ]);
    expect(speakerOf(story, 'Every week')).toBe('Qudratullah');
  });

  it('", Province," after the phrase is where the source is, not a name: the phrase stays the speaker', () => {
    const story = ingestUnderHeadline([
      'The road ends at the river.',
      'A shopkeeper in Argo, Badakhshan, sells rice that came by donkey. "Every week the price goes up," he told me.',
      'A driver from Khanabad, Kunduz, waits by the bridge. "Nobody has paid us since spring," he said.',
    ]);
    expect(speakerOf(story, 'Every week')).toBe('A shopkeeper in Argo');
    expect(speakerOf(story, 'Nobody has paid')).toBe('A driver from Khanabad');
  });
});
