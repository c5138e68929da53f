import { describe, expect, it } from 'vitest';
import { isLeadingClause, parseSubject } from './dari-attribution.ts';
import { ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';

describe('a clause of time before a Dari subject', () => {
  it('is told by its opening word or its first-person verb, and a relative clause is not', () => {
    expect(isLeadingClause('وقتی باران شروع شد')).toBe(true);
    expect(isLeadingClause('از بازار که برگشتیم')).toBe(true);
    expect(isLeadingClause('یک چوپان پیر که سی سال است گله می‌چراند')).toBe(false);
    expect(isLeadingClause('محمد کریم')).toBe(false);
  });

  it('is dropped from the subject and from where it stands', () => {
    const phrase = 'وقتی به دروازه رسیدیم، نگهبان';
    const s = parseSubject(phrase, 10);
    expect(s?.name ?? s?.role).toBe('نگهبان');
    expect(s?.start).toBe(10 + phrase.indexOf('نگهبان'));
  });
});

describe('a title alone, or with "صاحب", is the one person the text names with it', () => {
  it('gives "ملا صاحب گفت" to the mullah named in full before', () => {
    const story = ingestUnderHeadline([
      'ملا عبدالباقی، امام مسجد جامع قریه، هر جمعه مردم را به کار مشترک دعوت می‌کند.',
      'پس از نماز، ملا صاحب گفت: «جوی را باید پیش از بهار پاک کنیم، ورنه آب به پایین نمی‌رسد.»',
    ]);
    expect(speakerOf(story, 'جوی را باید پیش از بهار')).toBe('ملا عبدالباقی');
  });

  it('leaves the title alone when two people bear it', () => {
    const story = ingestUnderHeadline([
      'ملا عبدالباقی، امام مسجد بالا، و ملا نورالحق، امام مسجد پایین، هر دو در جلسه بودند.',
      'پس از نماز، ملا صاحب گفت: «جوی را باید پیش از بهار پاک کنیم، ورنه آب به پایین نمی‌رسد.»',
    ]);
    expect(speakerOf(story, 'جوی را باید پیش از بهار')).not.toBe('ملا عبدالباقی');
    expect(speakerOf(story, 'جوی را باید پیش از بهار')).not.toBe('ملا نورالحق');
  });
});

describe('people introduced by their kin or trade', () => {
  it('reads "Name، نوهٔ …،" as a person, so the pronoun after means them and not the grandfather', () => {
    const story = ingestUnderHeadline([
      'حاجی عبدالصمد، باغدار کهن‌سال، هنوز هر صبح به باغ می‌رود.',
      'ذبیح‌الله، نواسهٔ هفده‌سالهٔ حاجی، در تابستان‌ها به او کمک می‌کند. او می‌گوید: «من می‌خواهم انجنیر شوم، نه باغدار.»',
    ]);
    expect(speakerOf(story, 'من می‌خواهم انجنیر شوم')).toBe('ذبیح‌الله');
  });

  it('keeps a word of time out of a name read before an age', () => {
    const story = ingestUnderHeadline([
      'سمیع حالا ۳۳ ساله است و در بازار دکان ساعت‌سازی دارد.',
      '«ساعت‌ها را از پدرم یاد گرفتم،» می‌گوید.',
    ]);
    expect(story.speakers.some((s) => s.name === 'سمیع')).toBe(true);
    expect(story.speakers.some((s) => s.name.includes('حالا'))).toBe(false);
  });
});

describe('Dari verbs of speech in the present and as a noun with a light verb', () => {
  it('reads "علاوه می‌کند", "به یاد می‌آورد" and "می‌نویسد" as attributions', () => {
    const story = ingestUnderHeadline([
      'داوود، نانوای ۴۸ ساله در بازار کهنه، هر روز پیش از آفتاب تنور را گرم می‌کند.',
      '«آرد امسال گران‌تر از پارسال است،» داوود علاوه می‌کند.',
      'زهره، معلم ۳۵ ساله، از نخستین روز کارش در مکتب قریه یاد می‌کند.',
      '«شاگردان روی زمین می‌نشستند و تخته را از خانه آورده بودیم،» زهره به یاد می‌آورد.',
      'پدری از ولسوالی ینگی قلعه، که خود را غلام‌رسول معرفی کرده، به این ستون نامه فرستاده است. او می‌نویسد: «پسرم هر شب سبق‌هایش را برای خواهرش تکرار می‌کند.»',
    ]);
    expect(speakerOf(story, 'آرد امسال گران‌تر')).toBe('داوود');
    expect(speakerOf(story, 'شاگردان روی زمین')).toBe('زهره');
    expect(speakerOf(story, 'سبق‌هایش را برای خواهرش')).toContain('غلام‌رسول');
  });

  it('reads "از X خواست: «…»" (asked of them) as an attribution, and "نخواست" as no verb', () => {
    const story = ingestUnderHeadline([
      'انجنیر شفیقه رحمانی، مسئول آبرسانی شهر، از دکانداران خواست: «جوی‌ها را با خاکروبه بند نکنید.»',
      'یک دکاندار که نخواست نامش گرفته شود، گفت: «ما خاکروبه را به کجا ببریم؟»',
    ]);
    expect(speakerOf(story, 'جوی‌ها را با خاکروبه')).toContain('شفیقه رحمانی');
    expect(speakerOf(story, 'خاکروبه را به کجا')).toContain('یک دکاندار');
  });

  it('does not take a verb inside the quotation for the narration reporting someone', () => {
    const story = ingestUnderHeadline([
      'شکریه، خیاط ۴۰ ساله، در خانه کار می‌کند.',
      '«پسرم می‌پرسد که چرا شب‌ها هم کار می‌کنم،» می‌گوید.',
    ]);
    expect(speakerOf(story, 'چرا شب‌ها هم کار')).toBe('شکریه');
  });
});

describe('the narration going on about one person', () => {
  it('gives a quotation after "او … :" (a pronoun, an action and a colon) to the person it means', () => {
    const story = ingestUnderHeadline([
      'حاجی عبدالوهاب، کاروان‌دار ۶۵ ساله، چهل سال است که نمک را از کوه به بازار می‌آورد.',
      'او دفتر کهنه‌اش را باز می‌کند: «در این دفتر نام هر شتری که داشتم نوشته است.»',
    ]);
    expect(speakerOf(story, 'نام هر شتری که داشتم')).toBe('حاجی عبدالوهاب');
  });

  it('carries a dropped subject through paragraphs that open on "او" or on the person’s own words', () => {
    const story = ingestUnderHeadline([
      'بی‌بی‌جان، سوزن‌دوز ۶۰ ساله، چهل سال است که دستمال می‌دوزد.',
      'ملالی، نواسهٔ ۲۲ سالهٔ بی‌بی‌جان، دو سال در کابل درس خواند. او حالا در کنار مادرکلانش کار می‌کند.',
      '«هر دستمال سه روز وقت می‌گیرد،» می‌گوید.',
      'او تار ابریشم را به نور کلکین نزدیک می‌کند و رنگ‌ها را یکی‌یکی جدا می‌کند.',
      '«اگر مشتری از شهر بیاید، کار ما هم زنده می‌ماند،» می‌گوید.',
    ]);
    expect(speakerOf(story, 'کار ما هم زنده می‌ماند')).toBe('ملالی');
  });
});

describe('a trade noun written in two parts, and an object that only looks like one', () => {
  it('reads "کفش‌دوز" (joined by a ZWNJ) as a trade, and "…، پنبه‌کاران را …" as no description', () => {
    const story = ingestUnderHeadline([
      'گرانی کود کیمیاوی، پنبه‌کاران را در دشت به زحمت انداخته است.',
      'یعقوب، کفش‌دوز ۵۰ ساله، دکانش را در کوچهٔ پایین باز نگه داشته است.',
      '«مردم حالا کفش کهنه را سه بار پینه می‌کنند،» یعقوب می‌گوید.',
    ]);
    expect(story.speakers.map((s) => s.name)).toContain('یعقوب');
    expect(story.speakers.some((s) => s.name.includes('کود'))).toBe(false);
  });
});

describe('words that are no subject', () => {
  it('reads "این را آهسته گفت" as a dropped subject, the person named before', () => {
    const story = ingestUnderHeadline([
      'کاکا رحمت، مالدار ۷۰ ساله، گوسفندانش را یکی‌یکی می‌شمارد.',
      '«گله هر سال کوچک‌تر می‌شود،» این را آهسته گفت و به کوه نگاه کرد.',
    ]);
    expect(speakerOf(story, 'گله هر سال کوچک‌تر')).toBe('کاکا رحمت');
  });

  it('does not read "…، یک مسجد و یک مکتب است" as someone described', () => {
    const story = ingestUnderHeadline([
      'قریهٔ بالا چند خانهٔ گلی، یک مسجد کوچک و یک مکتب بی‌دیوار است که باد از هر طرفش می‌وزد.',
      'در مسجد با ملا یوسف، ریش‌سفید قریه، آشنا شدیم.',
      '«زمستان‌ها راه ما سه ماه بسته است،» می‌گوید.',
    ]);
    expect(story.speakers.some((s) => s.name.includes('چند خانه'))).toBe(false);
  });
});

describe('the words a person calls something by', () => {
  it('gives "X را «…» خواند/نامید" to the Name، role، or the pronoun the sentence opens on, however short', () => {
    const story = ingestUnderHeadline([
      'داکتر ناهید سروری، مسئول کلینیک سیار، موترهای کهنهٔ کلینیک را «شفاخانه‌های چرخ‌دار» نامید و گفت که هر هفته به سه قریه می‌روند.',
      'عبدالحکیم، مالدار ۶۰ ساله، از زمستان گذشته می‌گوید. او آن زمستان را «سال سفید» خواند.',
    ]);
    expect(speakerOf(story, 'شفاخانه‌های چرخ‌دار')).toContain('ناهید سروری');
    expect(speakerOf(story, 'سال سفید')).toBe('عبدالحکیم');
  });

  it('leaves a title read aloud ("کتاب «…» را خواند") as no one’s words', () => {
    const story = ingestUnderHeadline([
      'عبدالحکیم، مالدار ۶۰ ساله، شب‌ها برای نواسه‌هایش کتاب «سال سفید» را خواند.',
    ]);
    expect(story.quotes.some((q) => q.text.includes('سال سفید'))).toBe(false);
  });
});

describe('people named with a title, and the words they pass on', () => {
  it('reads "Title Name که …" opening a sentence as a person, for the "او گفت" after', () => {
    const story = ingestUnderHeadline([
      'انجنیر حمیدالله نوری که سال‌ها در بند برق کار کرده است، این روزها بازنشسته است. او گفت: «توربین‌ها را با دست خود روغن می‌دادیم.»',
    ]);
    expect(speakerOf(story, 'توربین‌ها را با دست')).toBe('انجنیر حمیدالله نوری');
  });

  it('keeps a place-named surname after a title: "استاد عبدالرحیم دوشی، همکار …"', () => {
    const story = readWithCountry(
      [
        'یادی از یک معلم',
        'استاد عبدالرحیم دوشی، همکار دیرینهٔ او در مکتب، هنوز همان صنف را درس می‌دهد. او گفت: «هرگز یک شاگرد را از صنف بیرون نکرد.»',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'هرگز یک شاگرد')).toContain('عبدالرحیم دوشی');
  });

  it('gives words "X افزود که پدرش می‌گفت: «…»" to the relative, and "به گفتهٔ خودش" to the one spoken of', () => {
    const story = ingestUnderHeadline([
      'کریم، نجار ۴۰ ساله، افزود که پدرش همیشه می‌گفت: «چوب تر را نباید برید.»',
      'گلالی، قابلهٔ ۵۰ ساله، هنوز شب‌ها بیدار است؛ به گفتهٔ خودش «هیچ زنی نباید تنها بزاید».',
    ]);
    expect(speakerOf(story, 'چوب تر را نباید')).not.toBe('کریم');
    expect(speakerOf(story, 'هیچ زنی نباید')).toBe('گلالی');
  });
});

describe('a source introduced by what they are and where they are from', () => {
  it('reads "مادری در تالقان", "معلمی از ولسوالی کشم" as sources the "او" after means', () => {
    const story = readWithCountry(
      [
        'پیام‌های خوانندگان',
        'نخستین پیام از پدری در تالقان است. او می‌نویسد: «پسرم دو سال است کار پیدا نکرده.»',
        'پیام دوم را معلمی از ولسوالی کشم فرستاده است. او در خانه‌اش درس می‌دهد: «هفت شاگرد دارم و یک تخته.»',
      ].join('\n\n'),
    );
    // Named with «یک» for the indefinite ی (round twenty).
    expect(speakerOf(story, 'پسرم دو سال است')).toBe('یک پدر در تالقان');
    expect(speakerOf(story, 'هفت شاگرد دارم')).toBe('یک معلم از ولسوالی کشم');
  });

  it('reads no source where the word is no person or the place is unknown', () => {
    const story = readWithCountry(
      [
        'خانه‌ها',
        'خانه‌ای در تالقان و باغی در قریهٔ بالا دارد.',
        'کسی از دوستانش در قریهٔ بالا نامه نوشت.',
      ].join('\n\n'),
    );
    expect(story.speakers).toHaveLength(0);
  });
});

describe('an office as the subject of a sentence', () => {
  it('reads "سپس رئیس صحت عامهٔ بغلان …" as a source the "او گفت" after means', () => {
    const story = readWithCountry(
      [
        'گزارش نشست',
        'سپس رئیس صحت عامهٔ بغلان به جایگاه آمد و از واکسین‌های تازه یاد کرد. «تا ماه آینده همهٔ کلینیک‌ها واکسین خواهند داشت،» او گفت.',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'همهٔ کلینیک‌ها واکسین')).toBe('رئیس صحت عامهٔ بغلان');
  });

  it('reads no office where the role reaches no place', () => {
    const story = readWithCountry(
      ['گزارش نشست', 'سپس رئیس انجمن به جایگاه آمد و از اعضا تشکر کرد.'].join('\n\n'),
    );
    expect(story.speakers).toHaveLength(0);
  });
});

describe('words set alone after a paragraph about one person', () => {
  it('are that person’s, the subject of a sentence there', () => {
    const story = ingestUnderHeadline([
      'نسیمه، بافندهٔ ۴۵ ساله، سال‌هاست که برای بازار قالین می‌بافد.',
      'شب که می‌رسد، نسیمه چراغ را خاموش می‌کند و تار نیمه‌کاره را با پارچه می‌پوشاند.',
      '«این قالین را برای عروسی دخترم می‌بافم، نه برای بازار.»',
    ]);
    expect(speakerOf(story, 'برای عروسی دخترم')).toBe('نسیمه');
  });

  it('are no one’s when that paragraph names two people', () => {
    const story = ingestUnderHeadline([
      'نسیمه، بافندهٔ ۴۵ ساله، و کریمه، همسایهٔ او، با هم قالین می‌بافند.',
      'شب که می‌رسد، نسیمه چراغ را خاموش می‌کند و کریمه تار را می‌پوشاند.',
      '«این قالین را برای عروسی دخترم می‌بافم، نه برای بازار.»',
    ]);
    expect(speakerOf(story, 'برای عروسی دخترم')).toBeNull();
  });
});

describe('the quotation’s own sentence before a report earlier in the paragraph', () => {
  it('gives "Y می‌گوید …: «…»" to Y, not to the one who "گفت که" a sentence before, nor to "یک شب"', () => {
    const story = ingestUnderHeadline([
      'زرغونه، خیاط ۳۸ ساله، و شوهرش سال‌ها در مزار کار کردند.',
      'یک شب شوهرش به خانه آمد و گفت که دکان را می‌فروشد. زرغونه می‌گوید او از مدت‌ها پیش خسته بود: «هر شب می‌گفت بس است، برویم خانه.»',
    ]);
    expect(speakerOf(story, 'هر شب می‌گفت بس است')).toBe('زرغونه');
    expect(story.speakers.some((s) => s.name === 'یک شب')).toBe(false);
  });
});

describe('a role word opening a place name', () => {
  it('is that place, not a source the sentence names ("امام صاحب" is the district)', () => {
    const story = readWithCountry(
      [
        'سرخط',
        'غلام رسول، باغدار ولسوالی امام صاحب، می‌گوید که امسال زردآلو کم است.',
        'امام صاحب در غرب کندز قرار دارد. او گفت: «درختان ما از سرمای بهار آسیب دیدند و بازار هم خراب است.»',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'درختان ما از سرمای')).toBe('غلام رسول');
  });
});
