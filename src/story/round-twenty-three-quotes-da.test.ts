import { describe, expect, it } from 'vitest';
import { nameThenAndSays } from './dari-attribution.ts';
import { hasQuote, ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';

/** Paragraphs under a headline, read against the whole country's gazetteer (its towns are no one's names). */
const readUnderHeadline = (paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

// Round 23, fresh cases (not from dev articles): who speaks in Dari reports and the Dari quotations of mixed pages.

describe('a source described at length is named by its short description', () => {
  it('drops «که نخواست نامش …» and the «این» that points back to the clinic', () => {
    const story = ingestUnderHeadline([
      'سیلاب شب گذشته چند خانه را در ولسوالی خان‌آباد ویران کرد و زخمیان به کلینیک ولسوالی برده شدند.',
      'یک داکتر این کلینیک که نخواست نامش گرفته شود، گفت: «چهار کودک زخمی را به شفاخانهٔ حوزوی فرستادیم.»',
    ]);
    const who = speakerOf(story, 'چهار کودک زخمی') ?? '';
    expect(who).toContain('داکتر کلینیک');
    expect(who).not.toContain('نخواست');
  });

  it('drops «که خواست نامش فاش نشود» told to the reporter', () => {
    const story = ingestUnderHeadline([
      'مکتب‌های ولسوالی ورسج با گذشت سه ماه از آغاز سال تعلیمی هنوز کتاب درسی ندارند.',
      'یک آموزگار مکتب دخترانهٔ این ولسوالی که خواست نامش فاش نشود، به ما گفت: «شاگردان ما از یک کتاب پنج نفری درس می‌خوانند.»',
    ]);
    const who = speakerOf(story, 'شاگردان ما از یک کتاب') ?? '';
    expect(who).toContain('آموزگار مکتب دخترانهٔ ولسوالی');
    expect(who).not.toContain('نشود');
  });

  it('drops a reason for the anonymity too («به دلیل حساسیت موضوع»)', () => {
    const story = ingestUnderHeadline([
      'قیمت تیل در بازارهای کندز در یک هفته ده افغانی بالا رفته است.',
      'یک تاجر تیل در بندر شیرخان که به دلیل حساسیت موضوع نمی‌خواهد نامش ذکر شود، می‌گوید: «موترهای تیل سه روز است پشت دروازهٔ گمرک ایستاده‌اند.»',
    ]);
    const who = speakerOf(story, 'موترهای تیل سه روز') ?? '';
    expect(who).toContain('تاجر تیل');
    expect(who).not.toContain('حساسیت');
  });

  it('near miss: a named man with a relative clause keeps his name', () => {
    const story = ingestUnderHeadline([
      'بازار کهنهٔ خان‌آباد این روزها خلوت است.',
      'حاجی عبدالودود که سی سال در این بازار دکان دارد، گفت: «پیش از این، روزهای پنجشنبه جای پای ماندن نبود.»',
    ]);
    expect(speakerOf(story, 'جای پای ماندن نبود')).toContain('عبدالودود');
  });

  it('near miss: «یکی از معلمان این مکتب» keeps its «این»', () => {
    const story = ingestUnderHeadline([
      'مکتب قریهٔ سرآسیاب هنوز دیوار ندارد.',
      'یکی از معلمان این مکتب که نخواست نامش گرفته شود، گفت: «زمستان درس را زیر خیمه می‌خوانیم.»',
    ]);
    expect(speakerOf(story, 'زمستان درس را زیر خیمه')).toContain('معلمان این مکتب');
  });
});

describe('a quotation whose speaker opens the next sentence and says more in it', () => {
  it('gives the quotation to the father who «… است و می‌گوید که …»', () => {
    const story = ingestUnderHeadline([
      'در ولسوالی خواجه غار سرخکان در میان کودکان شیوع یافته است.',
      '«دخترم دو شب تب داشت و سرفه می‌کرد.» عبدالرزاق حالا در کنار بستر دخترش نشسته است و می‌گوید که دیگر واکسین کودکانش را به تأخیر نمی‌اندازد.',
    ]);
    expect(speakerOf(story, 'دخترم دو شب تب داشت')).toContain('عبدالرزاق');
  });

  it('gives it to a woman named with an aside who «… و می‌افزاید که …»', () => {
    const story = ingestUnderHeadline([
      'صدها خانواده پس از سیلاب در خیمه‌ها زندگی می‌کنند.',
      '«کاش پارسال خانه را فروخته بودیم.» ماه‌گل، که حالا با پنج فرزندش در یک خیمه زندگی می‌کند، سرش را پایین می‌اندازد و می‌افزاید که از دولت کمکی نرسیده است.',
    ]);
    expect(speakerOf(story, 'کاش پارسال خانه را')).toContain('ماه‌گل');
  });

  it('gives it to a titled elder who «… ایستاده و می‌گوید»', () => {
    const story = ingestUnderHeadline([
      'آب دریا هر بهار چند متر از زمین‌های قریه را می‌برد.',
      '«این زمین را پدرم با دست خود هموار کرده بود.» حاجی نصرالله کنار لبهٔ آب ایستاده و با اندوه می‌گوید که سه جریب آن را دریا برده است.',
    ]);
    expect(speakerOf(story, 'این زمین را پدرم')).toContain('نصرالله');
  });

  it('near miss: a colon attribution before the quotation stays with its speaker', () => {
    const story = ingestUnderHeadline([
      'مکتب قریه پس از سیلاب هنوز بسته است.',
      'مدیر مکتب، نجیب‌الله، گفت: «صنف‌ها پر از گل و لای است.» ذبیح‌الله، یکی از شاگردان، در کنار دروازه ایستاده و می‌گوید که کتاب‌هایش را آب برده است.',
    ]);
    expect(speakerOf(story, 'صنف‌ها پر از گل')).toContain('نجیب‌الله');
  });

  it('near miss: a term in quotation marks inside the sentence («…» نامید و گفت) gives no verb for a name', () => {
    const story = ingestUnderHeadline([
      'ریاست انرژی تخار برای قریه‌های دور برنامهٔ برق آبی را آغاز کرده است.',
      'انجنیر فریده صمیمی، مسئول این برنامه، جوی‌های کهنه را «یک سرمایهٔ خفته» نامید و گفت که کار نخستین توربین از بهار آغاز می‌شود. او گفت: «هر توربین برق بیست خانه را تأمین می‌کند.»',
    ]);
    expect(speakerOf(story, 'یک سرمایهٔ خفته') ?? '').not.toContain('نامید');
    expect(speakerOf(story, 'هر توربین برق')).toContain('فریده');
  });

  it('reads the name before a word of time, a place word or an aside, and nothing that is no name', () => {
    expect(nameThenAndSays('محمد ظاهر اکنون در خانه است و می‌گوید که خسته است.', 0)?.name).toBe('محمد ظاهر');
    expect(nameThenAndSays('حاجی نصرالله کنار آب ایستاده و آهسته می‌گوید.', 0)?.name).toBe('حاجی نصرالله');
    expect(nameThenAndSays('گل‌بی‌بی، مادر دو کودک، سر تکان می‌دهد و می‌افزاید که آب نیست.', 0)?.name).toBe(
      'گل‌بی‌بی',
    );
    expect(nameThenAndSays('پدرش سر تکان می‌دهد و چیزی نمی‌گوید.', 0)).toBeNull();
    expect(nameThenAndSays('احمد به خانه رفت و خوابید.', 0)).toBeNull();
  });

  it('near miss: a sentence after the quotation with no verb of speech gives it no one', () => {
    const story = ingestUnderHeadline([
      'روی دیوار مکتب کسی با رنگ سرخ نوشته است.',
      '«مکتب خانهٔ دوم ماست.» عبدالرزاق هر روز از کنار این دیوار می‌گذرد و به مکتب می‌رود.',
    ]);
    expect(hasQuote(story, 'مکتب خانهٔ دوم ماست')).toBe(true);
    expect(speakerOf(story, 'مکتب خانهٔ دوم ماست') ?? '').not.toContain('عبدالرزاق');
  });

  it('near miss: a quotation mid-paragraph runs on from the speaker before, not to the next sentence’s', () => {
    const story = ingestUnderHeadline([
      'گل‌احمد، باشندهٔ قریهٔ چشمه، می‌گوید که چاه‌های قریه خشک شده‌اند. «ما هر روز دو ساعت راه می‌رویم تا آب بیاوریم.» همسرش شیرین‌گل در کنار او نشسته است و می‌گوید که کودکان بیمار شده‌اند.',
    ]);
    expect(speakerOf(story, 'دو ساعت راه می‌رویم') ?? '').not.toContain('شیرین‌گل');
  });

  it('near miss: a placard’s words after a colon are not the marcher’s of the next sentence', () => {
    const story = ingestUnderHeadline([
      'صدها تن در شهر فیض‌آباد راهپیمایی کردند. بر روی یکی از پلاکارت‌ها نوشته شده بود: «ما آب و برق می‌خواهیم.» عبدالواحد در صف اول راه می‌رفت و می‌گوید که سه ماه است برق ندارند.',
    ]);
    expect(speakerOf(story, 'ما آب و برق می‌خواهیم') ?? '').not.toContain('عبدالواحد');
  });
});

describe('a Dari quotation in an English page goes to who the English names', () => {
  it('near miss: a brand after «was», described by a noun that only mentions a person, is no one', () => {
    const story = ingestUnderHeadline([
      'Parwin Akbari has sold bread in Taloqan for twenty years.',
      'The busiest seller was Toyota, a brand every driver here trusts, and its trucks fill the road.',
      '«امروز هیچ مشتری نیامده،» she said.',
    ]);
    expect(speakerOf(story, 'امروز هیچ مشتری')).toContain('Parwin Akbari');
  });

  it('gives «…» she said to the widow introduced in the paragraph before', () => {
    const story = ingestUnderHeadline([
      'The bread bazaar in Taloqan was quiet on Tuesday.',
      'Beside the stall, Parwin, a widow who sells bread, said she had not sold a loaf since morning.',
      '«امروز هیچ مشتری نیامده،» she said. ("No customer has come today.")',
    ]);
    expect(speakerOf(story, 'امروز هیچ مشتری')).toContain('Parwin');
  });

  it('gives it to "Shah Gul", not to a man named Gul Ahmad before her', () => {
    const story = ingestUnderHeadline([
      'Rice mills in Baghlan are closing one after another.',
      'Gul Ahmad, a farmer, said prices had fallen by half.',
      'Shah Gul, a widow who sorts rice at the mill, does not look up when she talks.',
      '«از صبح تا شام کار می‌کنیم،» she said.',
    ]);
    expect(speakerOf(story, 'از صبح تا شام')).toContain('Shah Gul');
  });
  it('gives it to a one-named baker met "Behind the counter," whose words follow in Dari and English', () => {
    const story = ingestUnderHeadline([
      'Flour prices in Kunduz rose by a fifth in a month, traders say.',
      'Behind the counter of a small bakery, Zarghuna, a mother of four who bakes for the street, said she now buys flour by the kilo.',
      '«پیش از این یک بوجی آرد را یک‌جا می‌خریدیم،» she said. "We used to buy a whole sack of flour at once."',
    ]);
    expect(speakerOf(story, 'پیش از این یک بوجی')).toContain('Zarghuna');
    expect(speakerOf(story, 'We used to buy a whole sack')).toContain('Zarghuna');
  });

  it('gives it to a man named with an aside who "did not" give his surname', () => {
    const story = ingestUnderHeadline([
      'Vendors on the Kokcha bridge were told to leave by Friday.',
      'Nasir Ahmad, a trader, said the council had not asked them.',
      'Mir Ahmad, a cobbler who has worked on the bridge for years, did not stop his work while he spoke.',
      '«ما جای دیگری نداریم،» he said. (We have nowhere else.)',
    ]);
    expect(speakerOf(story, 'ما جای دیگری نداریم')).toContain('Mir Ahmad');
  });

  it('near miss: a country after a scene opening is no source; the quotation stays with the farmer', () => {
    const story = ingestUnderHeadline([
      'The Panj took another field this spring.',
      'Abdul Wahid, a farmer in Darqad, said the river had moved forty metres in three years.',
      'Across the river, Tajikistan, a country that has built stone dykes, loses far less land.',
      '«ما با بیل و کراچی کار می‌کنیم،» he said.',
    ]);
    expect(speakerOf(story, 'ما با بیل و کراچی')).toContain('Abdul Wahid');
  });
});

describe('a reader, a poster or a letter-writer «نوشته بود» / «نوشت» their words', () => {
  it('gives a column reader’s message to the name before «نوشته بود»', () => {
    const story = ingestUnderHeadline([
      'پس از ستون هفتهٔ پیش، چند خواننده برایم پیام فرستادند.',
      'عبدالرحیم از ولسوالی ینگی قلعه نوشته بود: «سه سال است که باران درست نباریده و جوان‌های ما همه رفته‌اند.»',
    ]);
    expect(speakerOf(story, 'سه سال است که باران')).toContain('عبدالرحیم');
  });

  it('reads past a self-given title in quotation marks («خود را «…» می‌نامد») to the writer', () => {
    const story = ingestUnderHeadline([
      'صفحهٔ فیسبوک یک معلم در بدخشان این هفته دست‌به‌دست شد.',
      'غلام‌حیدر، که خود را «معلم بی‌صنف» می‌نامد، در صفحه‌اش نوشت: «مکتب ما دو سال است سقف ندارد و شاگردان زیر آفتاب درس می‌خوانند.»',
    ]);
    expect(speakerOf(story, 'مکتب ما دو سال است')).toContain('غلام‌حیدر');
  });

  it('gives a letter to a named mother whose aside ends at «نوشته است»', () => {
    const story = ingestUnderHeadline([
      'نامه‌های زیادی از خوانندگان دربارهٔ بسته بودن مکتب‌ها به دفتر ما رسیده است.',
      'ماه‌گل، که دو دخترش در خانه نشسته‌اند، در نامه‌اش نوشته است: «دخترانم هر صبح کتاب‌هایشان را باز می‌کنند و دوباره می‌بندند.»',
    ]);
    expect(speakerOf(story, 'دخترانم هر صبح')).toContain('ماه‌گل');
  });

  it('near miss: a sign «روی دیوار … نوشته بود» has no writer', () => {
    const story = ingestUnderHeadline([
      'مکتب قریه سه ماه است که بسته است.',
      'روی دیوار مکتب کسی با رنگ سیاه نوشته بود: «علم چراغ است.»',
    ]);
    expect(hasQuote(story, 'علم چراغ است')).toBe(true);
    expect(speakerOf(story, 'علم چراغ است')).toBeNull();
  });
});

describe('a mixed page names its source after «was» ("Among the buyers was Nazifa, a …")', () => {
  it('gives the Dari words and «she said» to the customer named after "was"', () => {
    const story = ingestUnderHeadline([
      'Quilt makers in Pul-e-Khumri are busy as the first snow nears.',
      'Among the buyers on Thursday was Gulalai, a mother of six from Dand-e-Ghori, who came with her husband.',
      '«یک لحاف برای سه بچه، دیگر چاره نداریم،» she said.',
    ]);
    expect(speakerOf(story, 'یک لحاف برای سه بچه')).toContain('Gulalai');
  });

  it('gives them to a porter named last in a long sentence', () => {
    const story = ingestUnderHeadline([
      'The flour bazaar in Faizabad empties at dusk.',
      'The last to leave on Monday was Rahmatullah, a porter of sixty, who still carries sacks up the hill.',
      '«پشتم دیگر بار نمی‌کشد،» he said.',
    ]);
    expect(speakerOf(story, 'پشتم دیگر بار')).toContain('Rahmatullah');
  });

  it('near miss: a town after "was" is no source; the words stay with the driver', () => {
    const story = readUnderHeadline([
      'Abdul Basir, a truck driver, said the road was open again.',
      'His first stop was Khanabad, a town on the river, where he unloaded rice.',
      '«راه خراب است، اما باز است،» he said.',
    ]);
    expect(speakerOf(story, 'راه خراب است')).toContain('Abdul Basir');
  });
});
