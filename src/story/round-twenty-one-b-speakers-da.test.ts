import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// Fresh cases for round 21b (not from dev articles): Dari long reports and columns whose villagers are
// introduced by a first name or a description, and whose quotations follow a gesture, a verse or an official.

describe('Dari long reports: villagers named by first name', () => {
  it('gives «به گفتهٔ او» to the villager, not to a tax word in the sentence before', () => {
    const story = ingestUnderHeadline([
      'رحیم، باغداری که نخواست نام کاملش در گزارش بیاید، می‌گوید: «مأموران پیش از چیدن انگور آمدند و تاک‌ها را شمردند.»',
      'رحیم شش جریب تاکستان دارد. او می‌گوید پارسال هم زکات پرداخته، اما امسال اندازهٔ آن را پیش از حاصل تعیین کرده‌اند. به گفتهٔ او، «نیمی از انگور ما را پیش از رسیدن حساب کردند.»',
    ]);
    expect(speakerOf(story, 'نیمی از انگور')).toContain('رحیم');
  });

  it('gives a free quotation to the woman whose paragraph opens with «X می‌گوید»', () => {
    const story = ingestUnderHeadline([
      'در ولسوالی اشکمش، ماه‌گل، زن بیوه‌ای که با سه دخترش دو جریب زمین للمی را کشت می‌کند، گفت: «امسال باران نبارید و گندم ما خشک شد.»',
      'ماه‌گل می‌گوید مأمور مالیه در قریهٔ آنان برای همه یک نرخ گذاشته است. «هیچ کس نپرسید که حاصل ما چقدر است. گفتند فرمان از بالا آمده.»',
    ]);
    expect(speakerOf(story, 'هیچ کس نپرسید')).toContain('ماه‌گل');
  });

  it('gives a free quotation to a first-named farmer introduced with a description', () => {
    const story = ingestUnderHeadline([
      'در ولسوالی بنگی، مالداران از کمبود علف شکایت دارند.',
      'عبدالحکیم، مالداری از ولسوالی بنگی که سی رأس گوسفند دارد، از مشکل دیگری یاد می‌کند. «زمستان گذشته نیمی از رمهٔ ما از سرما مرد. کسی به ما کمک نکرد.»',
    ]);
    expect(speakerOf(story, 'زمستان گذشته نیمی')).toContain('عبدالحکیم');
  });
});

describe('Dari long reports: a word of the story defined by a fraction is no speaker', () => {
  it('keeps «زکات، یک‌چهلم …» from taking the villager’s later words', () => {
    const story = ingestUnderHeadline([
      'صبورالله، مالداری از ولسوالی کهمرد، گفت: «امسال از هر رمه چند گوسفند را بردند.»',
      'زکات، یک‌چهلم رمه‌ای که به حد نصاب برسد، در فقه اسلامی بر مالدار واجب دانسته می‌شود.',
      'صبورالله می‌گوید مأمور جمع‌آوری زکات در دره آمده و گوسفندان را شمرده است. «هیچ کس نپرسید که زمستان چند گوسفند ما مرد.»',
    ]);
    expect(speakerOf(story, 'هیچ کس نپرسید')).toContain('صبورالله');
  });

  it('keeps «خمس، یک‌پنجم …» from becoming a person', () => {
    const story = ingestUnderHeadline([
      'خمس، یک‌پنجم غنیمت، در این گزارش بارها یاد شده است.',
      'یک معلم، باشندهٔ قریهٔ بالا، گفت: «مردم از این حکم خبر نداشتند.»',
      'به گفتهٔ او، «خمس را هیچ کس از ما نخواسته بود.»',
    ]);
    expect(story.speakers.map((s) => s.name)).not.toContain('خمس');
  });
});

describe('Dari columns: gestures, verses and letters before a quotation', () => {
  it('gives a quotation after a gesture to the young man the column is about', () => {
    const story = ingestUnderHeadline([
      'جمشید بیست و دو سال دارد و دو بار از مرز ایران برگشتانده شده است.',
      'از او پرسیدم چرا باز هم می‌خواهد برود. سرش را تکان داد: «اینجا نه کار است و نه زمین. مادرم نان می‌خواهد.»',
    ]);
    expect(speakerOf(story, 'اینجا نه کار است')).toContain('جمشید');
  });

  it('gives a recited verse to the poet who recited it', () => {
    const story = ingestUnderHeadline([
      'در کشم، شامی با استاد عبدالرحیم کشمی، شاعری که سال‌ها برای مردم این دره شعر گفته است، نشسته بودم.',
      'از او خواستم شعری برای مهاجران بخواند. اندکی خاموش ماند و این بیت را خواند: «رفتی و خانه بی‌چراغ ماند / دل مادر به راه تو داغ ماند.»',
    ]);
    expect(speakerOf(story, 'رفتی و خانه')).toContain('عبدالرحیم کشمی');
  });

  it('gives a reader’s letter to the reader who wrote it', () => {
    const story = ingestUnderHeadline([
      'چند روز پیش یکی از خوانندگان از ولسوالی ینگی قلعه برایم نامه‌ای فرستاد.',
      'غلام‌سخی، که خودش را «مزدور بی‌کار» خوانده، نوشته بود: «در کوچهٔ ما هیچ جوانی نمانده است. همه رفته‌اند.»',
    ]);
    expect(speakerOf(story, 'در کوچهٔ ما هیچ')).toContain('غلام‌سخی');
  });
});

describe('Dari agency reports: a farmer quoted after officials', () => {
  it('gives «این دهقان … افزود» to the elder named before, not to the official', () => {
    const story = ingestUnderHeadline([
      'محمد داوود احمدی، رئیس فواید عامهٔ قندوز، گفت: «کار قیر سرک تا پایان سنبله تمام می‌شود.»',
      'حاجی غلام‌حیدر، یکی از باشندگان ولسوالی چهاردره، از قیر شدن سرک ابراز خوشی کرد و گفت که پیش از این راه خامه بود.',
      'این دهقان ۶۰ ساله که سه جریب باغ دارد، افزود: «میوهٔ ما در راه خراب می‌شد و بازار را از دست می‌دادیم.»',
    ]);
    expect(speakerOf(story, 'میوهٔ ما در راه')).toContain('غلام‌حیدر');
  });
});

describe('near-misses: these must not get a villager', () => {
  it('does not give «این دهقان» to the official named last', () => {
    const story = ingestUnderHeadline([
      'یک دهقان از ولسوالی امام صاحب گفت که آب کانال به زمین‌های پایین نمی‌رسد.',
      'انجنیر عبدالواحد رسولی، رئیس آبیاری قندوز، گفت که کار پاک‌کاری کانال آغاز شده است.',
      'این دهقان افزود: «اگر تا یک ماه آب نیاید، شالی ما خشک می‌شود.»',
    ]);
    expect(speakerOf(story, 'اگر تا یک ماه') ?? '').not.toContain('رسولی');
  });

  it('leaves a poet’s line quoted as a saying of the people to no villager', () => {
    const story = ingestUnderHeadline([
      'کریم دهقان پنجاه ساله‌ای از ولسوالی خان‌آباد است و چهار جریب زمین دارد.',
      'در قریه‌های خان‌آباد این سخن زبانزد مردم است: «آب که از سر گذشت، چه یک نیزه چه صد نیزه.»',
    ]);
    expect(speakerOf(story, 'آب که از سر') ?? '').not.toContain('کریم');
  });

  it('does not give the farmer a quotation the official said after him', () => {
    const story = ingestUnderHeadline([
      'نجیب، دهقانی از ولسوالی فرخار، می‌گوید: «آب جوی ما را زورمندان می‌برند.»',
      'عبدالباری حقانی، رئیس آبیاری تخار، در پاسخ گفت: «تقسیم آب از سوی میراب‌ها انجام می‌شود.»',
    ]);
    expect(speakerOf(story, 'تقسیم آب از سوی')).toContain('عبدالباری حقانی');
  });
});

describe('review near-misses: a gesture or a read-out text with its own subject, a plain word for an office', () => {
  it('gives a named official’s gesture and words to him, not to the villager before', () => {
    const story = ingestUnderHeadline([
      'حاجی غلام‌حیدر، یکی از باشندگان ولسوالی چهاردره، گفت: «راه ما خامه بود.»',
      'محمد داوود احمدی، رئیس فواید عامهٔ قندوز، لبخند زد: «کار قیر سرک تا پایان سنبله تمام می‌شود.»',
    ]);
    expect(speakerOf(story, 'کار قیر سرک')).toContain('احمدی');
  });

  it('does not give an office holder’s laugh, nor a daughter’s nod, to the person named before', () => {
    const story = ingestUnderHeadline([
      'حاجی غلام‌حیدر، یکی از باشندگان ولسوالی چهاردره، گفت: «راه ما خامه بود.»',
      'رئیس فواید عامه خندید: «کار قیر سرک تا پایان سنبله تمام می‌شود.»',
      'به خانهٔ حاجی رفتیم. کودکان خندیدند و دختر کوچکش سر تکان داد: «کاکایم هم به ایران رفته است.»',
    ]);
    expect(speakerOf(story, 'کار قیر سرک') ?? '').not.toContain('غلام‌حیدر');
    expect(speakerOf(story, 'کاکایم هم') ?? '').not.toContain('غلام‌حیدر');
  });

  it('does not give a decree, a statement or a verse read out by others to the last speaker', () => {
    const story = ingestUnderHeadline([
      'مولوی نورالله منیب، رئیس معارف بلخ، گفت: «مکاتب دختران تا اعلام بعدی بسته می‌ماند.»',
      'سپس سخنگوی ولایت فرمان رهبر امارت اسلامی را خواند: «همه مأموران مکلف‌اند که در وقت معین حاضر شوند.»',
      'مجری برنامه اعلامیهٔ وزارت را خواند: «از فردا هیچ موتری بدون جواز اجازهٔ حرکت ندارد.»',
      'ملا امام مسجد جامع پس از نماز این آیه را خواند: «ان الله مع الصابرین.»',
    ]);
    expect(speakerOf(story, 'همه مأموران مکلف')).toBeNull();
    expect(speakerOf(story, 'از فردا هیچ موتری')).toBeNull();
    expect(speakerOf(story, 'ان الله مع')).toBeNull();
  });

  it('does not give «این دهقان» to a council member or an expert named last', () => {
    for (const between of [
      'عبدالقادر، عضو شورای ولایتی قندوز، گفت که کار سرک به کندی پیش می‌رود.',
      'داکتر نسیم احمدی، کارشناس اقتصاد زراعتی، گفت که بازار میوه آسیب دیده است.',
    ]) {
      const story = ingestUnderHeadline([
        'حاجی غلام‌حیدر، یکی از باشندگان ولسوالی چهاردره، گفت که راه خامه بود.',
        between,
        'این دهقان ۶۰ ساله افزود: «میوهٔ ما در راه خراب می‌شد.»',
      ]);
      expect(speakerOf(story, 'میوهٔ ما در راه') ?? '').not.toMatch(/عبدالقادر|احمدی/u);
    }
  });
});
