// Round 20b: interviews printed as an introduction, then bare question lines (no "Q:" label) each followed by the
// interviewee's answer paragraphs. Answers are the interviewee's quotations; questions are not quotations.
import { describe, expect, it } from 'vitest';
import { hasQuote, ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('bare-question interviews in English', () => {
  it('gives every answer paragraph to the person the introduction names', () => {
    const story = ingestUnderHeadline([
      'Farid Mohseni has repaired radios in the old bazaar for twenty-two years. We asked him about his trade.',
      'How did you learn to fix radios?',
      'My uncle had a stall by the mosque and I swept it for him as a boy. One day he handed me a soldering iron.',
      'Do people still bring you radios?',
      'Fewer every year. Now it is mostly phones, and phones are not built to be opened.',
      'What will you do when the radios stop coming?',
      'I will learn phones. A man who stops learning is a man who closes his shop.',
    ]);
    expect(speakerOf(story, 'My uncle had a stall')).toBe('Farid Mohseni');
    expect(speakerOf(story, 'Fewer every year')).toBe('Farid Mohseni');
    expect(speakerOf(story, 'I will learn phones')).toBe('Farid Mohseni');
    expect(hasQuote(story, 'How did you learn')).toBe(false);
  });

  it('keeps an answer running over two paragraphs with its speaker', () => {
    const story = ingestUnderHeadline([
      'Engineer Roya Samadi leads the team rebuilding the canal intake. She spoke to us at her site office.',
      'When will the water reach the lower villages?',
      'If the cement arrives before the end of the month, by the spring sowing.',
      'Nothing here moves faster than the trucks that bring it, and the trucks wait at the pass for days.',
      'Who pays for the work?',
      'A donor pays for the concrete and the villagers give their labour, three days a week for each household.',
      'Are the farmers happy with that?',
      'Some grumble, but they grumble less than when there was no water at all.',
    ]);
    expect(speakerOf(story, 'If the cement arrives')).toMatch(/Roya Samadi$/);
    expect(speakerOf(story, 'Nothing here moves faster')).toMatch(/Roya Samadi$/);
    expect(speakerOf(story, 'they grumble less')).toMatch(/Roya Samadi$/);
  });

  it('gives a quotation inside an answer to its own speaker, and the answer around it to the interviewee', () => {
    const story = ingestUnderHeadline([
      'Nasima Qaderi runs the only girls’ chess club in the province. We met her after a tournament.',
      'How did the club begin?',
      'With six girls and one board in my kitchen. Their mothers came to watch the first week.',
      'Did anyone object?',
      'An elder from the next street came to the door. After an hour of watching, Haji Mirwais said: "This game teaches patience, let them play." Since then nobody has complained.',
      'What do the girls want now?',
      'A real hall, with clocks, and a match against the boys.',
    ]);
    expect(speakerOf(story, 'This game teaches patience')).toBe('Haji Mirwais');
    expect(speakerOf(story, 'With six girls and one board')).toBe('Nasima Qaderi');
    expect(speakerOf(story, 'A real hall, with clocks')).toBe('Nasima Qaderi');
  });

  it('reads questions set in bold or italics like plain ones', () => {
    const story = ingestUnderHeadline([
      'Dr Khalil Rahmani, a surgeon, has worked at the provincial hospital since 2015. This interview has been edited.',
      '**How many patients do you see in a day?**',
      'On a quiet day forty. On a market day, after the road accidents, sometimes ninety.',
      '*What do you lack most?*',
      'Anaesthetists. We have one for the whole hospital and he has not slept properly in a year.',
      '**Would you leave for Kabul?**',
      'People ask me that every week. My answer is the same: who would stay here then?',
    ]);
    expect(speakerOf(story, 'On a quiet day forty')).toMatch(/Khalil Rahmani$/);
    expect(speakerOf(story, 'Anaesthetists')).toMatch(/Khalil Rahmani$/);
    expect(speakerOf(story, 'People ask me that every week')).toMatch(/Khalil Rahmani$/);
    expect(hasQuote(story, 'What do you lack most')).toBe(false);
  });
});

describe('bare-question interviews in Dari', () => {
  it('gives the answers after «؟» lines to the person the introduction presents', () => {
    const story = ingestUnderHeadline([
      'گفت‌وگو با یک معلم روستا',
      'عبدالرحیم فطرت، ۴۵ ساله، بیست سال است که در مکتب قریه معلم است. با او در صنف درسش گفت‌وگو کردیم.',
      'چرا معلمی را انتخاب کردید؟',
      'پدرم می‌گفت سواد چراغ خانه است. وقتی مکتب قریه بی‌معلم ماند، فکر کردم نوبت من است.',
      'بزرگ‌ترین مشکل شاگردان شما چیست؟',
      'کتاب کم داریم. سه شاگرد یک کتاب را با هم می‌خوانند و در زمستان صنف گرم نیست.',
      'از آینده چه امید دارید؟',
      'امیدوارم روزی یکی از شاگردانم همین‌جا معلم شود.',
    ]);
    expect(speakerOf(story, 'پدرم می‌گفت سواد')).toBe('عبدالرحیم فطرت');
    expect(speakerOf(story, 'کتاب کم داریم')).toBe('عبدالرحیم فطرت');
    expect(speakerOf(story, 'امیدوارم روزی یکی')).toBe('عبدالرحیم فطرت');
    expect(hasQuote(story, 'چرا معلمی را انتخاب')).toBe(false);
  });

  it('reads bold Dari questions and an answer of two paragraphs', () => {
    const story = ingestUnderHeadline([
      'گفت‌وگوکننده: فرشته نظری',
      'مریم صدیقی، قابلهٔ کلینیک ولسوالی، دوازده سال است که در کوهستان کار می‌کند. با او گفت‌وگو کرده‌ایم.',
      '**در زمستان زنان چگونه به کلینیک می‌رسند؟**',
      'بیشتر با الاغ یا روی دوش مردان خانواده. راه‌ها را برف می‌بندد.',
      'گاهی ما خودمان پیاده به قریه می‌رویم، چون زن درد زایمان دارد و نمی‌تواند بیاید.',
      '**چه چیزی کار شما را آسان‌تر می‌کند؟**',
      'یک موتر امبولانس و یک جنراتور. شب‌ها با چراغ دستی کار می‌کنیم.',
    ]);
    expect(speakerOf(story, 'بیشتر با الاغ')).toBe('مریم صدیقی');
    expect(speakerOf(story, 'گاهی ما خودمان پیاده')).toBe('مریم صدیقی');
    expect(speakerOf(story, 'یک موتر امبولانس')).toBe('مریم صدیقی');
  });
});

describe('near-misses: question lines that are not an interview', () => {
  it('leaves a feature with one rhetorical question paragraph alone', () => {
    const story = ingestUnderHeadline([
      'The apricot harvest in the valley was the smallest in a decade, farmers say.',
      'So what went wrong?',
      'A late frost in April killed most of the blossom, and a dry summer finished the rest.',
      'Traders in the bazaar are now buying fruit from the next province at twice last year’s price.',
    ]);
    expect(hasQuote(story, 'A late frost in April')).toBe(false);
  });

  it('leaves the questions and answers of a FAQ box in a release unattributed', () => {
    const story = ingestUnderHeadline([
      'The provincial education department today opened registration for its teacher training programme, director Ahmad Wali Karimi announced.',
      'Frequently asked questions',
      'Who can apply?',
      'Graduates of grade 12 under the age of 35 who live in the province.',
      'How long is the course?',
      'Six months, with a placement in a rural school during the last eight weeks.',
      'Where are the forms?',
      'Forms are available at every district education office and on the department’s website.',
    ]);
    expect(hasQuote(story, 'Graduates of grade 12')).toBe(false);
    expect(hasQuote(story, 'Six months, with a placement')).toBe(false);
    expect(hasQuote(story, 'Forms are available')).toBe(false);
  });

  it("leaves a reader's question in the comments alone", () => {
    const story = ingestUnderHeadline([
      'The new bridge over the river opened to traffic on Monday, the district governor, Gul Ahmad Noori, said.',
      'Comments',
      'Is the bridge open to trucks as well?',
      'Posted by a reader. Trucks over ten tonnes must still use the old crossing until the load test is done.',
    ]);
    expect(hasQuote(story, 'Trucks over ten tonnes')).toBe(false);
  });

  it('leaves a Dari FAQ box with «؟» lines unattributed', () => {
    const story = ingestUnderHeadline([
      'ریاست زراعت ولایت روز دوشنبه توزیع تخم بذری اصلاح‌شده را آغاز کرد.',
      'پرسش‌های رایج',
      'چه کسانی تخم بذری دریافت می‌کنند؟',
      'دهقانانی که زمین آبی کمتر از پنج جریب دارند و نام‌شان در فهرست شورای قریه ثبت است.',
      'توزیع در کجا انجام می‌شود؟',
      'در دفتر زراعت هر ولسوالی، از ساعت هشت صبح تا دوازده چاشت.',
      'آیا تخم بذری رایگان است؟',
      'نیمی از قیمت را دهقان می‌پردازد و نیم دیگر را پروژه.',
    ]);
    expect(hasQuote(story, 'دهقانانی که زمین آبی')).toBe(false);
    expect(hasQuote(story, 'در دفتر زراعت هر ولسوالی')).toBe(false);
    expect(hasQuote(story, 'نیمی از قیمت')).toBe(false);
  });
});

describe('bare-question interviews: the edges', () => {
  it("leaves the closing editor's note of a Dari interview unquoted", () => {
    const story = ingestUnderHeadline([
      'نجیب‌الله سروری، ۵۲ ساله، سی سال است که در بازار شهر قالین می‌بافد. با او در کارگاهش گفت‌وگو کردیم.',
      'قالین‌بافی را از کی آموختید؟',
      'از مادرم. ده ساله بودم که اولین قالین کوچک را تمام کردم.',
      'بازار قالین امسال چطور است؟',
      'خریدار کم شده. تاجران می‌گویند راه صادرات بسته است.',
      'این گفت‌وگو برای کوتاهی ویرایش شده است.',
    ]);
    expect(speakerOf(story, 'از مادرم. ده ساله بودم')).toBe('نجیب‌الله سروری');
    expect(speakerOf(story, 'خریدار کم شده')).toBe('نجیب‌الله سروری');
    expect(hasQuote(story, 'برای کوتاهی ویرایش')).toBe(false);
  });

  it('reads an interview whose questions never say "you" when the introduction says it is one', () => {
    const story = ingestUnderHeadline([
      'Gul Makai Hotak, the district’s first woman mirab, was interviewed at the head of the canal in late June.',
      'How much water reaches the tail of the canal this year?',
      'Half of what it did in a good year. The upper villages take their turns and a little more.',
      'Is the old rota still followed?',
      'On paper, yes. At night, not always.',
    ]);
    expect(speakerOf(story, 'Half of what it did')).toBe('Gul Makai Hotak');
    expect(speakerOf(story, 'At night, not always')).toBe('Gul Makai Hotak');
  });
});

describe('near-miss: an explainer under question headings', () => {
  it("leaves the reporter's paragraphs under question headings unquoted, though a person opens the piece", () => {
    const story = ingestUnderHeadline([
      'Wheat prices in the northern bazaars have doubled since March, according to Haji Abdul Nabi Rasuli, head of the grain traders. Here is what you need to know.',
      'Why are prices rising?',
      'Imports from the north slowed after the border crossing at the river port closed for repairs, officials said.',
      'What can you do?',
      'The provincial agriculture department says families can register for subsidised flour at district offices.',
      'When will it end?',
      'Traders expect the crossing to reopen in May.',
    ]);
    expect(hasQuote(story, 'Imports from the north slowed')).toBe(false);
    expect(hasQuote(story, 'Traders expect the crossing')).toBe(false);
  });
});
