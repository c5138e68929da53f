import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// Fresh cases written for round 21 (not from dev articles): Dari speakers, and the review of dariDocumentSays.

describe('review: a Dari statement’s words go to the office that issued it, and no further', () => {
  it('gives the spokesman his own words after the statement was quoted', () => {
    const story = ingestUnderHeadline([
      'ریاست صحت عامهٔ ولایت تخار روز دوشنبه اعلامیه‌ای نشر کرد و از مردم خواست کودکان خود را واکسین کنند.',
      'در این اعلامیه آمده است: «هیچ کودکی نباید از دور واکسین سرخکان باز بماند.»',
      'عبدالقیوم نوری، سخنگوی این ریاست، به خبرنگاران گفت: «تیم‌های ما تا آخر هفته به همهٔ قریه‌ها می‌رسند.»',
    ]);
    expect(speakerOf(story, 'هیچ کودکی نباید')).toContain('ریاست صحت عامه');
    expect(speakerOf(story, 'تیم‌های ما تا آخر')).toContain('عبدالقیوم نوری');
  });

  it('goes to the office, not to the official who spoke between', () => {
    const story = ingestUnderHeadline([
      'ریاست زراعت و مالداری بغلان روز یکشنبه در اعلامیه‌ای از دهقانان خواست گندم اصلاح‌شده بکارند.',
      'انجنیر محمد اکرم، رئیس زراعت بغلان، هم در یک نشست خبری گفت: «تخم بذری امسال رایگان توزیع می‌شود.»',
      'این اعلامیه همچنان افزوده است: «دهقانانی که ثبت نام نکرده‌اند، تا پانزدهم ماه فرصت دارند.»',
    ]);
    expect(speakerOf(story, 'تخم بذری امسال')).toContain('محمد اکرم');
    expect(speakerOf(story, 'دهقانانی که ثبت نام')).toContain('ریاست زراعت');
  });

  it('gives a newspaper’s report to the newspaper, not to an office named before it', () => {
    const story = ingestUnderHeadline([
      'وزارت معارف هفتهٔ گذشته گفت که صدها مکتب در شمال کشور ساختمان ندارند.',
      'روزنامهٔ ماندگار روز شنبه گزارشی از مکتب‌های بی‌ساختمان قندوز نشر کرد.',
      'این گزارش می‌افزاید: «شاگردان صنف‌های پایین زیر خیمه‌های کهنه درس می‌خوانند.»',
    ]);
    expect(speakerOf(story, 'شاگردان صنف‌های پایین')).toContain('روزنامهٔ ماندگار');
  });

  it('gives an office’s statement that an agency reported to the office, not the agency', () => {
    const story = ingestUnderHeadline([
      'ریاست معارف قندوز از کمبود معلم در مکتب‌های دخترانه خبر داده است.',
      'خبرگزاری پژواک روز یکشنبه گزارش داد که ریاست معارف قندوز در این باره اعلامیه‌ای نشر کرده است.',
      'در این اعلامیه آمده است: «برای سال تعلیمی آینده دو صد معلم تازه استخدام می‌شوند.»',
    ]);
    expect(speakerOf(story, 'برای سال تعلیمی آینده')).toContain('ریاست معارف');
  });

  it('does not give a governor’s message to an office named in the paragraph before', () => {
    const story = ingestUnderHeadline([
      'ریاست اقتصاد تخار روز شنبه گفت که بازارهای تالقان برای عید آماده است.',
      'مولوی عبدالحق حقانی، والی تخار، به مناسبت عید پیامی نشر کرد و از مردم خواست به نیازمندان کمک کنند.',
      'این پیام می‌افزاید: «هیچ خانواده‌ای نباید در روز عید گرسنه بماند.»',
    ]);
    expect(speakerOf(story, 'هیچ خانواده‌ای نباید') ?? '').not.toContain('ریاست اقتصاد');
  });

  it('gives an NGO’s report to the NGO that published it', () => {
    const story = ingestUnderHeadline([
      'ریاست امور مهاجرین کندز از بازگشت بیش از دو هزار خانواده در ماه گذشته خبر داد.',
      'سازمان نجات کودکان روز سه‌شنبه گزارشی دربارهٔ کودکان برگشته از ایران نشر کرد.',
      'این گزارش می‌گوید: «از هر پنج کودک برگشته، دو کودک به مکتب نمی‌روند.»',
    ]);
    expect(speakerOf(story, 'از هر پنج کودک')).toContain('سازمان نجات کودکان');
  });

  it('leaves a report that quotes a farmer with the farmer', () => {
    const story = ingestUnderHeadline([
      'کمیسیون مستقل حقوق بشر روز چهارشنبه گزارشی دربارهٔ زمین‌های غصب‌شده در بلخ نشر کرد.',
      'در این گزارش از قول یک دهقان پیر آمده است: «زمین پدرم را با زور گرفتند و کسی صدای ما را نشنید.»',
    ]);
    expect(speakerOf(story, 'زمین پدرم را با زور') ?? '').not.toContain('کمیسیون');
  });
});

describe('Dari speakers across a story', () => {
  it('follows «وی» across a paragraph that names another person in passing', () => {
    const story = ingestUnderHeadline([
      'حاجی عبدالرحیم، رئیس اتحادیهٔ نانوایان پلخمری، می‌گوید قیمت آرد در یک ماه دو برابر شده است.',
      'به گفتهٔ وی، شاروالی پلخمری هنوز نرخ تازه‌ای برای نان تعیین نکرده است و نانوایان سرگردان اند.',
      '«اگر آرد ارزان نشود، نیمی از نانوایی‌ها بسته می‌شوند،» وی افزود.',
    ]);
    expect(speakerOf(story, 'اگر آرد ارزان نشود')).toContain('عبدالرحیم');
  });

  it('reads «به گفتهٔ» with the quotation in its own sentence', () => {
    const story = ingestUnderHeadline([
      'سیلاب شب گذشته ده‌ها خانه را در ولسوالی خان‌آباد ویران کرد.',
      'به گفتهٔ محمد هاشم، بزرگ قریهٔ آق‌تپه، «آب نیمه‌شب رسید و مردم فقط توانستند کودکان خود را بیرون بکشند.»',
    ]);
    expect(speakerOf(story, 'آب نیمه‌شب رسید')).toContain('محمد هاشم');
  });

  it('gives a quotation to the speaker named after it', () => {
    const story = ingestUnderHeadline([
      'بازار برنج تالقان این روزها خلوت است.',
      '«مردم برنج را کیلویی می‌خرند، نه بوری‌ای،» این را عبدالمتین، یک دکان‌دار بازار تالقان، می‌گوید.',
    ]);
    expect(speakerOf(story, 'مردم برنج را کیلویی')).toContain('عبدالمتین');
  });

  it('keeps «او می‌گوید» with the relative of an obituary who last spoke', () => {
    const story = ingestUnderHeadline([
      'استاد غلام سخی، معلم ادبیات لیسهٔ پلخمری، پس از چهل سال تدریس روز جمعه درگذشت.',
      'عبدالوهاب، برادر کوچک استاد، می‌گوید او تا آخرین روز زندگی کتاب می‌خواند. «حتی در بستر بیماری از شاگردانش می‌پرسید،» او می‌گوید.',
      'ثریا، دختر استاد، هم گفت: «پدرم هیچ‌وقت از کسی پول درس نگرفت.»',
    ]);
    expect(speakerOf(story, 'حتی در بستر بیماری')).toContain('عبدالوهاب');
    expect(speakerOf(story, 'پدرم هیچ‌وقت')).toContain('ثریا');
  });

  it('gives a Facebook post to its author, and the next post to its own', () => {
    const story = ingestUnderHeadline([
      'شماری از جوانان قندوز برای خانواده‌های سیل‌زده پول جمع می‌کنند.',
      'فرشته احمدی، یکی از این داوطلبان، در صفحهٔ فیسبوک خود نوشته است: «امروز به سی خانواده آرد و روغن رساندیم.»',
      'جاوید نوری، یک داوطلب دیگر، در پاسخ نوشت: «فردا به قریه‌های چهاردره می‌رویم.»',
    ]);
    expect(speakerOf(story, 'امروز به سی خانواده')).toContain('فرشته احمدی');
    expect(speakerOf(story, 'فردا به قریه‌های')).toContain('جاوید نوری');
  });

  it('gives a columnist’s quoted neighbour his words, not the columnist', () => {
    const story = ingestUnderHeadline([
      'هفتهٔ گذشته به قریهٔ پدری‌ام در ینگی‌قلعه رفتم. از سی خانه، تنها هفت خانه چراغ داشت.',
      'همسایهٔ پیر ما، کاکا نادر، بر دیوار گلی نشسته بود. «جوان‌ها همه رفتند ایران، ما ماندیم و این زمین خشک،» گفت.',
    ]);
    expect(speakerOf(story, 'جوان‌ها همه رفتند')).toContain('کاکا نادر');
  });

  it('reads «افزود» after a quotation when another person was named in the quotation', () => {
    const story = ingestUnderHeadline([
      'داکتر نجیب‌الله سروری، مسئول شفاخانهٔ ولایتی بدخشان، گفت که شمار بیماران سرخکان بالا رفته است.',
      '«هفتهٔ گذشته والی بدخشان از شفاخانه دیدن کرد و وعدهٔ دوا داد، اما هنوز چیزی نرسیده،» وی افزود.',
    ]);
    expect(speakerOf(story, 'هفتهٔ گذشته والی بدخشان')).toContain('نجیب‌الله سروری');
  });

  it('does not give a speaker named inside a quoted sentence the quotation', () => {
    const story = ingestUnderHeadline([
      'گل‌احمد، یک قایق‌ران در کنار دریای آمو، می‌گوید دریا هر سال زمین بیشتری می‌خورد.',
      'او گفت: «ملا رحیم می‌گفت این زمین‌ها روزی تا کنار دریا کشت می‌شد.»',
    ]);
    expect(speakerOf(story, 'ملا رحیم می‌گفت')).toContain('گل‌احمد');
  });

  it('gives the words after «می‌گوید» to the speaker named at the paragraph’s head, three paragraphs on', () => {
    const story = ingestUnderHeadline([
      'نسرین، زن بیوه‌ای که با چهار فرزندش از پاکستان برگشته است، در یک خیمه زندگی می‌کند.',
      'ادارهٔ امور مهاجرین می‌گوید برای خانواده‌های برگشته زمین توزیع خواهد شد.',
      'اما نسرین باور ندارد. او می‌گوید: «سه بار نام ما را نوشتند و هیچ چیزی ندادند.»',
    ]);
    expect(speakerOf(story, 'سه بار نام ما را')).toContain('نسرین');
  });
});

describe('a Dari speaker named after the quotation, in the next sentence, who "added that"', () => {
  it('gives the words to the person who added', () => {
    const story = ingestUnderHeadline([
      'بازار میوهٔ شبرغان این روزها خلوت است.',
      '«برق سه روز است که نیامده و سردخانه‌ها گرم شده‌اند.» عبدالکریم، یک میوه‌فروش این بازار، افزود که نیمی از سیب‌هایش گندیده است.',
    ]);
    expect(speakerOf(story, 'برق سه روز است')).toContain('عبدالکریم');
  });

  it('gives a reposted notice to the office that "added" after it', () => {
    const story = ingestUnderHeadline([
      '🔁 مشترک‌شده از: ریاست معارف بلخ',
      '«مکتب‌ها از روز شنبه باز می‌شوند و شاگردان باید با یونیفورم بیایند.» ریاست معارف بلخ همچنان افزوده است که کتاب‌های درسی رایگان توزیع می‌شود.',
    ]);
    expect(speakerOf(story, 'مکتب‌ها از روز شنبه')).toContain('ریاست معارف بلخ');
  });

  it('reads «علاوه کرد که» the same way', () => {
    const story = ingestUnderHeadline([
      'سرک شیرخان بندر پس از باران بسته شد.',
      '«موترهای باربری دو شب در راه ماندند.» نجیب‌الله، یک راننده، علاوه کرد که هیچ مأموری به کمک‌شان نیامد.',
    ]);
    expect(speakerOf(story, 'موترهای باربری دو شب')).toContain('نجیب‌الله');
  });

  it('does not give the words to an office that "also added", a second voice', () => {
    const story = ingestUnderHeadline([
      'سیلاب شب گذشته به قریهٔ قزل‌قلعه رسید.',
      '«آب تا کمر ما رسید و هیچ کس به داد ما نرسید.» شاروالی تالقان نیز افزوده است که کمک‌ها در راه است.',
    ]);
    expect(speakerOf(story, 'آب تا کمر ما رسید') ?? '').not.toContain('شاروالی');
  });

  it('does not give the words to one who "also added"', () => {
    const story = ingestUnderHeadline([
      'نرگس، معلم مکتب دخترانهٔ رستاق، گفت که صنف‌ها سرد است.',
      '«شاگردان با دستکش می‌نویسند.» مدیر مکتب نیز افزود که بخاری‌ها چوب ندارند.',
    ]);
    expect(speakerOf(story, 'شاگردان با دستکش') ?? '').not.toContain('مدیر');
  });
});

describe('what a Dari speaker calls a thing by, in quotation marks', () => {
  it('is an office’s words when the office opens the sentence', () => {
    const story = ingestUnderHeadline([
      'وزارت انرژی و آب در خبرنامهٔ هفته‌وار خود سیلاب‌های اخیر شمال را «بی‌سابقه در دو دهه» خوانده است.',
    ]);
    expect(speakerOf(story, 'بی‌سابقه در دو دهه')).toContain('وزارت انرژی و آب');
  });

  it('reads «توصیف کرده» and a union as the body', () => {
    const story = ingestUnderHeadline([
      'قیمت برنج در بازارهای بغلان بالا رفته است.',
      'اتحادیهٔ برنج‌کوبان بغلان در نامه‌ای به والی، مالیهٔ تازه را «کمر‌شکن برای آسیاب‌های کوچک» توصیف کرده است.',
    ]);
    expect(speakerOf(story, 'کمر‌شکن برای آسیاب')).toContain('اتحادیهٔ برنج‌کوبان');
  });

  it('gives a person named with a role what they «نامیده است»', () => {
    const story = ingestUnderHeadline([
      'داکتر فریده، مسئول کلینیک سیار، این موترها را «شفاخانه‌های چرخ‌دار» نامیده است.',
    ]);
    expect(speakerOf(story, 'شفاخانه‌های چرخ‌دار')).toContain('فریده');
  });

  it('does not give a council a name it relays from farmers', () => {
    const story = ingestUnderHeadline([
      'شورای ولایتی تخار به نقل از دهقانان قریهٔ خواجه‌غار سیلاب دیشب را «قیامت کوچک برای قریه» خوانده است.',
    ]);
    expect(speakerOf(story, 'قیامت کوچک برای قریه') ?? '').not.toContain('شورای');
  });
});

describe('review: «افزود که» after a quotation, and what a body calls a thing, where they must not read', () => {
  it('does not give the words to one «اما» or «در همین حال» brings in', () => {
    const but = ingestUnderHeadline([
      '«آب تا کمر ما رسید و هیچ کس به داد ما نرسید.» اما والی تالقان افزود که کمک‌ها در راه است.',
    ]);
    expect(speakerOf(but, 'آب تا کمر ما رسید') ?? '').not.toContain('والی');
    const meanwhile = ingestUnderHeadline([
      '«آب تا کمر ما رسید و هیچ کس به داد ما نرسید.» در همین حال، سخنگوی والی تالقان افزود که کمک‌ها در راه است.',
    ]);
    expect(speakerOf(meanwhile, 'آب تا کمر ما رسید') ?? '').not.toContain('سخنگوی');
    const office = ingestUnderHeadline([
      '«آب تا کمر ما رسید و هیچ کس به داد ما نرسید.» ولی ریاست مبارزه با حوادث تخار افزوده است که کمک‌ها در راه است.',
    ]);
    expect(speakerOf(office, 'آب تا کمر ما رسید') ?? '').not.toContain('ریاست');
  });

  it('does not give a chant a colon introduced to whoever «افزود که» next', () => {
    const story = ingestUnderHeadline([
      'معترضان در برابر دفتر والی شعار می‌دادند: «نان، کار و آزادی می‌خواهیم.» سخنگوی والی افزود که به خواست‌های آنان رسیدگی می‌شود.',
    ]);
    expect(speakerOf(story, 'نان، کار و آزادی') ?? '').not.toContain('سخنگوی');
    const office = ingestUnderHeadline([
      'دکان‌داران در برابر شاروالی فریاد می‌زدند: «مالیهٔ تازه کمر ما را شکستاند.» شاروالی تالقان افزوده است که مالیه تغییر نمی‌کند.',
    ]);
    expect(speakerOf(office, 'مالیهٔ تازه کمر') ?? '').not.toContain('شاروالی');
  });

  it('does not give an office the name others call it by', () => {
    const story = ingestUnderHeadline([
      'صدها دکان‌دار روز دوشنبه در برابر دفتر والی تالقان گرد آمدند.',
      'شاروالی تالقان را «دشمن کسبه و دکان‌داران کوچک» خوانده و خواستار برکناری شاروال شدند.',
    ]);
    expect(speakerOf(story, 'دشمن کسبه') ?? '').not.toContain('شاروالی');
  });

  it('does not name a body by the words of its object', () => {
    const story = ingestUnderHeadline([
      'شورای ولایتی بغلان طرح تازهٔ شاروالی را «دور از واقعیت و نیاز مردم» خوانده است.',
    ]);
    expect(speakerOf(story, 'دور از واقعیت') ?? '').not.toContain('طرح');
  });
});

describe('review: a document’s issuer, when an outlet tells of it or «این ریاست» issued it', () => {
  it('does not give a UN report to the agency that reported its publication', () => {
    const story = ingestUnderHeadline([
      'خبرگزاری باختر روز شنبه از نشر گزارشی توسط دفتر هماهنگی کمک‌های بشری سازمان ملل خبر داد.',
      'این گزارش می‌گوید: «بیش از سه صد هزار تن در ولایت‌های شمال به کمک غذایی نیاز دارند.»',
    ]);
    expect(speakerOf(story, 'بیش از سه صد هزار') ?? '').not.toContain('خبرگزاری');
  });

  it('gives a statement «این ریاست» issued to the office by its full name', () => {
    const story = ingestUnderHeadline([
      'ریاست صحت عامهٔ بدخشان روز دوشنبه از شیوع سرخکان در سه ولسوالی خبر داد. این ریاست روز سه‌شنبه نیز اعلامیه‌ای نشر کرد و از مردم خواست کودکان خود را واکسین کنند.',
      'در این اعلامیه آمده است: «تیم‌های سیار تا پایان هفته به همهٔ قریه‌های دور دست می‌رسند.»',
    ]);
    expect(speakerOf(story, 'تیم‌های سیار تا پایان')).toContain('ریاست صحت عامهٔ بدخشان');
  });
});
