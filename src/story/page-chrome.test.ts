import { describe, expect, it } from 'vitest';
import {
  isCounterLine,
  isDariNavigation,
  isDariRelatedHead,
  isPhotoCredit,
  isSeparatedItems,
  isWriterFieldsLine,
  isSpacedMenu,
  isDariLetterhead,
  isCorrectionNote,
  isDeskNote,
  isSignupBox,
  isPointerLine,
  isTagLine,
  isTableLine,
  isTicker,
  pageChromeReason,
} from './page-chrome.ts';
import { segmentArticle } from './paragraphs.ts';
import { ingestStory } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

describe('page chrome told by its shape', () => {
  it('reads menus, breadcrumbs, tickers and share bars as short items between separators', () => {
    expect(isSeparatedItems('News  |  Herat  |  Balkh  |  Sport  |  دری')).toBe(true);
    expect(isSeparatedItems('خانه › ولایات › بلخ')).toBe(true);
    expect(isSeparatedItems('تازه‌ها: بازگشایی راه هرات • گرانی گندم در بازار مزار')).toBe(true);
    expect(isSeparatedItems('LIVE  Bridge reopens in Jalalabad • Prices rise in Herat')).toBe(true);
    expect(isSeparatedItems('By: Sara Noori | Published: 3 May 2026 | Views: 210')).toBe(true);
  });

  it('keeps prose, a bulleted paragraph and a report heading that says where it was filed', () => {
    expect(isSeparatedItems('• In Herat, traders said the road was open again after the snow.')).toBe(false);
    expect(isSeparatedItems('He said the road was shut. | It opened on Monday.')).toBe(false);
    expect(isSeparatedItems('Field team: Herat · Date: 3 May 2026')).toBe(false);
  });

  it('reads tag lines, counters and photo credits in English and Dari', () => {
    expect(isTagLine('Tags: Herat  floods  weather')).toBe(true);
    expect(isTagLine('برچسب‌ها: هرات، سیلاب، هوا')).toBe(true);
    expect(isTagLine('Tags / برچسب‌ها: Herat, floods, هرات، سیلاب')).toBe(true);
    expect(isTagLine('Roads / سرک‌ها: Herat, floods')).toBe(false);
    expect(isTagLine('Topics of the talks: water, roads and trade.')).toBe(false);
    expect(isCounterLine('Reading time: 4 min')).toBe(true);
    expect(isCounterLine('بازدید: ۳۴۵')).toBe(true);
    expect(isCounterLine('6 min read')).toBe(true);
    expect(isCounterLine('Herat: 31')).toBe(false);
    expect(isPhotoCredit('باشندگان در کنار دریا. (عکس: صدای غرب)')).toBe(true);
    expect(isPhotoCredit('Traders at the market in Herat. (Western Voice/Sara Noori)')).toBe(true);
    expect(isPhotoCredit('The road was built in 2010 (with Iranian money).')).toBe(false);
    expect(isPhotoCredit('Almond blossom on a slope in Herat, in March. [Sara Noori/Western Voice]')).toBe(
      true,
    );
    expect(isPhotoCredit('The council met on Monday [in Herat/Farah].')).toBe(false);
  });

  it('reads Dari labels and the heads of lists of other stories', () => {
    expect(isDariNavigation('رفتن به محتوای اصلی')).toBe(true);
    expect(isDariNavigation('جست‌وجو…')).toBe(true);
    expect(isDariNavigation('صفحه اصلی')).toBe(true);
    expect(isDariNavigation('خانه‌های مردم در هرات ویران شد')).toBe(false);
    expect(isDariRelatedHead('مطالب مرتبط')).toBe(true);
    expect(isDariRelatedHead('پربیننده‌ترین‌ها')).toBe(true);
    expect(pageChromeReason('منبع: خبرگزاری باختر')).toBe('byline');
  });
});

describe('a Dari web page pasted whole', () => {
  const page = [
    'رفتن به محتوای اصلی',
    'صدای غرب | Sada-e-Gharb',
    'صفحهٔ اصلی | ولایات | هرات | فراه | ورزش',
    'خانه › ولایات › هرات',
    '',
    'سیلاب در هرات صدها خانه را ویران کرد',
    '',
    'نویسنده: سارا نوری | تاریخ نشر: ۳ ثور ۱۴۰۵ | بازدید: ۳۴۵',
    '',
    'مسئولان محلی در ولایت هرات می‌گویند که سیلاب‌های اخیر در ولسوالی‌های شیندند و ادرسکن صدها خانه را ویران کرده است.',
    '',
    'برچسب‌ها: هرات، سیلاب، شیندند',
    'اشتراک‌گذاری: فیسبوک | تلگرام',
    '',
    'مطالب مرتبط',
    '• بازگشایی راه هرات – قندهار',
    '• گرانی گندم در بازار فراه',
    '',
    'دربارهٔ ما | تماس با ما | حریم خصوصی',
    'صدای غرب، رسانهٔ مستقل غرب کشور. نشانی: شهر هرات',
    '© ۱۴۰۵ صدای غرب – تمامی حقوق محفوظ است.',
  ].join('\n');

  it('keeps the headline as the title and the one paragraph of the story, and removes the rest', () => {
    const seg = segmentArticle(page);
    expect(seg.title).toBe('سیلاب در هرات صدها خانه را ویران کرد');
    expect(seg.paragraphs.map((p) => page.slice(p.start, p.end))).toEqual([
      'مسئولان محلی در ولایت هرات می‌گویند که سیلاب‌های اخیر در ولسوالی‌های شیندند و ادرسکن صدها خانه را ویران کرده است.',
    ]);
  });
});

describe('a headline above the byline', () => {
  it('is the title even when it ends with a quotation', () => {
    const page =
      'بازگشت‌کنندگان در هرات: «خانه نداریم»\n\nگزارش: سارا نوری\n\nمسئولان می‌گویند که هزاران خانواده برگشته‌اند.';
    expect(segmentArticle(page).title).toBe('بازگشت‌کنندگان در هرات: «خانه نداریم»');
  });
});

describe('tickers and captions closed by a credit', () => {
  it('isSeparatedItems: a ticker between arrows or dots', () => {
    expect(isSeparatedItems('BREAKING ▸ Salang reopened after snow ▸ Flights to Faizabad resume ▸')).toBe(
      true,
    );
    expect(isSeparatedItems('تازه‌ترین: شاهراه سالنگ باز شد ● پروازهای فیض‌آباد از سر گرفته می‌شود')).toBe(
      true,
    );
  });

  it('isPhotoCredit: a Dari caption whose last sentence is the credit', () => {
    expect(isPhotoCredit('دهقانان در حال دروی برنج در یک قریه. عکس: آرشیف')).toBe(true);
    expect(isPhotoCredit('او گفت که عکس‌های زیادی از سیلاب گرفته است.')).toBe(false);
    // A line that opens with the label is the caption, with its credit in brackets after a full stop.
    expect(isPhotoCredit('عکس: دهقانان در کنار دریای کوکچه. (آوای شمال)')).toBe(true);
    expect(isPhotoCredit('عکس‌ها نشان می‌دهد که خانه‌ها ویران شده اند.')).toBe(false);
  });
});

describe('menus set apart by spaces, tickers, bracketed captions and buttons', () => {
  it('isSpacedMenu: four or more short items between runs of spaces, no sentence', () => {
    expect(isSpacedMenu('Home   Kunduz   Takhar   Baghlan   Economy   Video')).toBe(true);
    expect(isSpacedMenu('Share  ✉  f  X  in')).toBe(true);
    expect(isSpacedMenu('Haji Karim   Taloqan')).toBe(false);
    expect(isSpacedMenu('The river rose.  Crews came.  Roads closed.  People left.')).toBe(false);
  });

  it('isTicker and the other page rules: a "Breaking:" label, a caption in brackets, a button', () => {
    expect(isTicker('Breaking: Salang highway reopens after overnight closure')).toBe(true);
    expect(isTicker('LIVE: Winter storm warning for the Wakhan corridor')).toBe(true);
    expect(isTicker('Live cattle markets in Taloqan reopened on Friday after the outbreak.')).toBe(false);
    expect(
      pageChromeReason('[Image caption: A midwife weighs a baby in Shuhada district, Badakhshan.]'),
    ).toBe('caption');
    expect(pageChromeReason('[عکس: کارگران در کنار کوره‌های فابریکه در پلخمری. عکس از آرشیو]')).toBe(
      'caption',
    );
    expect(pageChromeReason('Donate now ›')).toBe('navigation');
    expect(pageChromeReason('Families fled from Takhar to Kunduz ›')).toBeNull();
  });

  it('removes an outlet line between menus, keeps the headline over its standfirst, and an inline bio', () => {
    const source = [
      'Skip to main content',
      'HEALTH NORTH — health partners in northern Afghanistan',
      'About   Where we work   News   Reports   Donate',
      '',
      'Border market on the Panj reopens after three years',
      'Traders from both banks met on a river island on Saturday',
      '',
      'By Dilnoza Rahimova',
      '',
      'The market reopened on Saturday in Wakhan, officials said.',
      '',
      'Traders sold flour, oil and dried apricots until dusk, and the guards let them stay late.',
      '',
      'About the author: staff reporters cover the north from bureaus in Kunduz and Faizabad.',
    ].join('\n');
    const seg = segmentArticle(source);
    expect(seg.title).toBe('Border market on the Panj reopens after three years');
    expect(seg.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual([
      'Traders from both banks met on a river island on Saturday',
      'The market reopened on Saturday in Wakhan, officials said.',
      'Traders sold flour, oil and dried apricots until dusk, and the guards let them stay late.',
    ]);
    expect(seg.removed.find((r) => r.text.startsWith('HEALTH NORTH'))?.reason).toBe('navigation');
    expect(seg.removed.find((r) => r.text.startsWith('About the author'))?.reason).toBe('bio');
  });

  it('removes a last line giving the writer’s beat ("X reports on …")', () => {
    const seg = segmentArticle(
      [
        'The vet rides for two days to reach the valley, he said.',
        '',
        'He plans to retire near Taloqan.',
        '',
        'Sohail Wardak reports on agriculture and rural life in northern Afghanistan.',
      ].join('\n'),
    );
    expect(seg.removed.map((r) => r.reason)).toEqual(['bio']);
  });
});

describe('isDariLetterhead', () => {
  it("reads a statement's invocation, state name, sign-off and issuing office, not a sentence about the office", () => {
    expect(isDariLetterhead('بسم الله الرحمن الرحیم')).toBe(true);
    expect(isDariLetterhead('امارت اسلامی افغانستان')).toBe(true);
    expect(isDariLetterhead('والسلام')).toBe(true);
    expect(isDariLetterhead('ریاست صحت عامه ولایت هرات – دفتر مطبوعاتی')).toBe(true);
    expect(isDariLetterhead('دفتر مطبوعاتی والی بلخ')).toBe(true);
    expect(isDariLetterhead('دفتر مطبوعاتی والی بلخ این خبر را تأیید کرد.')).toBe(false);
    expect(isDariLetterhead('دفتر مطبوعاتی والی هرات می‌گوید')).toBe(false);
    expect(isDariLetterhead('مردم افغانستان')).toBe(false);
  });

  it("reads the governor's office, a media office and «با احترام» alone on their lines", () => {
    expect(isDariLetterhead('مقام ولایت هرات')).toBe(true);
    expect(isDariLetterhead('دفتر رسانه‌ای و اطلاع‌رسانی')).toBe(true);
    expect(isDariLetterhead('دفتر رسانه‌ای ولایت بلخ')).toBe(true);
    expect(isDariLetterhead('با احترام')).toBe(true);
    expect(isDariLetterhead('مقام ولایت هرات این خبر را رد کرد.')).toBe(false);
    expect(isDariLetterhead('با احترام به بزرگان قریه، کار را آغاز کردیم.')).toBe(false);
  });
});

describe('isPointerLine and isDeskNote', () => {
  it('reads a "read next" label with one headline after it as a pointer, not a sentence with a colon', () => {
    expect(isPointerLine('Read next: Snow closes the Khwahan road for a third week')).toBe(true);
    expect(isPointerLine('Up next: Melon growers in Archi count their losses')).toBe(true);
    expect(isPointerLine('See also: Baghlan coal boys return to school')).toBe(true);
    expect(isPointerLine('Next: the committee. It met in Taloqan on Monday and agreed a plan.')).toBe(false);
    expect(isPointerLine('He told them to read the next page: the map of Takhar.')).toBe(false);
  });

  it("reads a desk's update note, in English and Dari, not reporting that mentions one nor a correction", () => {
    expect(isDeskNote('Update: This article has been updated with figures from Faizabad.')).toBe(true);
    expect(isDeskNote("Editor's note: This story was updated to add the governor's reply.")).toBe(true);
    expect(isDeskNote('The correction was made in Taloqan: an earlier version of the map was wrong.')).toBe(
      false,
    );
    // A correction restates the story's facts: its places are the story's (round twenty).
    expect(isDeskNote('Correction, 2 March: An earlier version of this story placed Chal in Kunduz.')).toBe(
      false,
    );
    expect(isDeskNote('اصلاحیه: در نسخهٔ پیشین این گزارش نام ولسوالی اشتباه نوشته شده بود.')).toBe(false);
  });

  it('isCorrectionNote: a labelled or unlabelled correction, not reporting about one', () => {
    expect(
      isCorrectionNote('Correction, 2 March: An earlier version of this story placed Chal in Kunduz.'),
    ).toBe(true);
    expect(isCorrectionNote('CLARIFICATION: The clinic in Warsaj is run by the ministry.')).toBe(true);
    expect(
      isCorrectionNote('An earlier version of this article gave the wrong date for the Nahrin vote.'),
    ).toBe(true);
    expect(isCorrectionNote('اصلاحیه: در نسخهٔ پیشین این گزارش نام ولسوالی اشتباه نوشته شده بود.')).toBe(true);
    expect(isCorrectionNote('Corrections officers in Taloqan say the prison is full.')).toBe(false);
  });

  it('reads an unlabelled update note and a wire advisory line, not reporting on updates or a parenthesis', () => {
    expect(
      isDeskNote('This report has been updated to add figures from the clinics in Warsaj and Farkhar.'),
    ).toBe(true);
    expect(isDeskNote('این خبر با افزودن ارقام تازه از ولسوالی ورسج به‌روز شده است.')).toBe(true);
    expect(isDeskNote('این مطلب در ۳ جوزا اصلاح شد.')).toBe(true);
    expect(isDeskNote('(Adds quote from teacher in Rostaq in paragraph 6)')).toBe(true);
    expect(isDeskNote('(Corrects spelling of Kalafgan in headline)')).toBe(true);
    expect(isDeskNote('(Updates with death toll from Baghlan, changes dateline)')).toBe(true);
    // Reporting about an update, and a parenthesis that is a sentence of the story, stay.
    expect(isDeskNote('The ministry said its map of Takhar has been updated to show the new canal.')).toBe(
      false,
    );
    expect(isDeskNote('This story was told to me by a miller in Warduj.')).toBe(false);
    expect(isDeskNote('(adds up to a month of wages for a family in Keshem)')).toBe(false);
    expect(isDeskNote('این گزارش از فرخار تهیه شده است.')).toBe(false);
  });

  it("reads a caption's closing image source, in Dari and English, not a sentence about sources", () => {
    expect(isPhotoCredit('منبع تصویر: حمید یوسفی')).toBe(true);
    expect(isPhotoCredit('دهقانان در کنار دریا؛ ولسوالی ینگی قلعه منبع تصویر: Getty Images')).toBe(true);
    expect(isPhotoCredit('Farmers by the river in Darqad. Image source: Reuters')).toBe(true);
    expect(isPhotoCredit('منبع تصویر ماهواره‌ای گفت که آب بالا آمده است.')).toBe(false);
  });

  it('reads a sign-up box by its button or its ask to send news to the inbox, not reporting on e-mail', () => {
    expect(isSignupBox('Get weather warnings for Badakhshan and Takhar. [Subscribe]')).toBe(true);
    expect(isSignupBox('Sign up to have new tenders in Baghlan sent to your inbox every Monday.')).toBe(true);
    expect(isSignupBox('برای دریافت خبرهای تازهٔ کندز در ایمیل خود، همین حالا ثبت‌نام کنید.')).toBe(true);
    expect(isSignupBox('خبرهای ورزشی تخار را هر هفته بخوانید. [عضویت]')).toBe(true);
    expect(isSignupBox('The clinic in Warsaj asked patients to register by phone, not by e-mail.')).toBe(
      false,
    );
    expect(isSignupBox('Teachers in Rostaq said the results arrived in their inbox a week late.')).toBe(
      false,
    );
  });

  it("leaves the writer's note above a correction note out of the story's places", () => {
    const page = [
      'Melon prices fall',
      'Melon growers in Dasht-e-Archi say prices fell by half this week.',
      'Maryam Sultani is a reporter based in Taloqan who covers Takhar and Badakhshan.',
      'Correction, 2 March: An earlier version of this story misspelled a grower’s name.',
    ].join('\n\n');
    expect(ingestStory(page, TEST_GAZETTEER).mentions.map((m) => m.place)).toEqual(['AF1906']);
  });
});

describe('a data table is content, not a menu', () => {
  it('isTableLine: cells of figures beside names, split by bars or tabs', () => {
    expect(isTableLine('Herat | Injil | 4 | 17 | 1,050')).toBe(true);
    expect(isTableLine('Kunduz\tImam Sahib\t12\t3.5%')).toBe(true);
    expect(isTableLine('هرات | انجیل | ۴ | ۱۷ | ۳۲۰')).toBe(true);
    expect(isTableLine('Home | News | Provinces | Sport')).toBe(false);
    expect(isTableLine('« Previous | 1 | 2 | 3 | Next »')).toBe(false);
    expect(isTableLine('He was 12 when the war came to Herat.')).toBe(false);
  });

  it('a table row is neither a menu nor a heading: its places are linked', () => {
    expect(isSeparatedItems('Herat | Injil | 4 | 17 | 1,050')).toBe(false);
    const page =
      'Relief agencies counted the damage on Tuesday, officials said.\n\nProvince | District | Families\nKunduz | Dasht-e-Archi | 4 | 120\nTakhar | Khwaja Ghar | 2 | 75\n\nMore aid is expected next week, the agency said.';
    const places = ingestStory(page, TEST_GAZETTEER).mentions.map((m) => m.place);
    expect(places).toEqual(expect.arrayContaining(['AF1906', 'AF1809', 'AF18']));
  });
});

describe('a Dari breadcrumb set with «»» between its items', () => {
  it('reads «خانه » ولسوالی‌ها » کشم» as items, and not a line closing a Dari quotation', () => {
    expect(isSeparatedItems('صفحهٔ اصلی » ولایات » تخار')).toBe(true);
    expect(isSeparatedItems('Home » Provinces » Baghlan')).toBe(true);
    expect(isSeparatedItems('او گفت: «راه بسته است» و «بازار خالی» است')).toBe(false);
  });
});

describe('isWriterFieldsLine: the writer’s field first in a line of page fields', () => {
  it('reads a byline of fields set apart by bars or dots, and not a menu or a sentence', () => {
    expect(isWriterFieldsLine('نویسنده: سیما نوری | ۲ دلو ۱۴۰۵ - ۰۹:۱۰ | ۸۱۲ بازدید')).toBe(true);
    expect(isWriterFieldsLine('Author: Karim Sadat · 3 May 2026 · 4 min read')).toBe(true);
    expect(isWriterFieldsLine('خانه | ولایات | ورزشی')).toBe(false);
    expect(isWriterFieldsLine('Author: the farmers of Khost say the canal failed. | more')).toBe(false);
  });

  it('makes the line above such a byline the headline, not the date bar over the menu', () => {
    const story = ingestStory(
      [
        'آوای کوکچه | خبرگزاری شمال شرق',
        'شنبه ۳ دلو ۱۴۰۵',
        '',
        'خانه | سیاسی | اقتصادی | ورزشی | تماس با ما',
        '',
        'خانه » ولایات » تخار',
        '',
        'نانوایی‌های تالقان نان را کوچک کردند؛ مردم: «نرخ آرد سه بار بالا رفت»',
        '',
        'نویسنده: سیما نوری | ۲ دلو ۱۴۰۵ - ۰۹:۱۰ | ۸۱۲ بازدید',
        '',
        'نانوایان تالقان می‌گویند از این هفته وزن هر نان را کم کرده‌اند، زیرا نرخ آرد در بازار بالا رفته است.',
        '',
        'یک نانوا در بازار کهنه گفت که مشتریانش نیز کمتر شده‌اند.',
      ].join('\n'),
      TEST_GAZETTEER,
    );
    expect(story.meta.title).toContain('نان را کوچک کردند');
    expect(story.passages.some((p) => p.text.includes('نان را کوچک کردند'))).toBe(false);
  });
});
