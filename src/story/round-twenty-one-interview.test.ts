// Round 21: interviews and transcripts as newsrooms print them — labels by the outlet or the interviewer's name,
// bold question markers, radio and TV transcripts with NAME: lines, Dari گفت‌وگو under «پرسش/پاسخ», «س/ج» or
// names — and the review of bare-interview.ts (round 20b): question lines that are no interview must not fire.
import { describe, expect, it } from 'vitest';
import { hasQuote, ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('fresh: English Q&A under labels', () => {
  it("labels the questions with the outlet's name and the answers with the interviewee's surname", () => {
    const story = ingestUnderHeadline([
      'Zarghona Saberi chairs the women’s cooperative that dries mulberries in the valley. She talked to Kokcha Weekly by phone.',
      'Kokcha Weekly: How many women work with you now?',
      'Saberi: Sixty-two, from four villages. Last year we were thirty.',
      'Kokcha Weekly: Where do the mulberries go?',
      'Saberi: Most go to traders in the provincial centre. A small part we sell ourselves at the Friday market.',
    ]);
    expect(speakerOf(story, 'Sixty-two, from four villages')).toBe('Zarghona Saberi');
    expect(speakerOf(story, 'Most go to traders')).toBe('Zarghona Saberi');
    expect(hasQuote(story, 'Where do the mulberries go')).toBe(false);
  });

  it("labels the questions with the interviewer's own name", () => {
    const story = ingestUnderHeadline([
      'Interview by Sahar Nikzad',
      'Engineer Bashir Ahmad Tokhi supervises the repair of the bridge at the river crossing.',
      'Sahar Nikzad: When will trucks cross again?',
      'Bashir Ahmad Tokhi: The deck is finished. We are waiting for the load test, perhaps ten days.',
      'Sahar Nikzad: And what did the flood teach you?',
      'Bashir Ahmad Tokhi: That the old piers were too low. The new ones stand two metres higher.',
    ]);
    expect(speakerOf(story, 'The deck is finished')).toBe('Bashir Ahmad Tokhi');
    expect(speakerOf(story, 'the old piers were too low')).toBe('Bashir Ahmad Tokhi');
    expect(hasQuote(story, 'When will trucks cross again')).toBe(false);
  });

  it('reads questions set in bold with a "Q:" marker and answers under "A:"', () => {
    const story = ingestUnderHeadline([
      'Dr Parwin Hamidi runs the only cardiology clinic in the north-east. Our reporter met her between patients.',
      '**Q: How long do patients wait?**',
      'A: Three weeks for a first visit. For an operation they must still go to Kabul.',
      '**Q: What would you change first?**',
      'A: A second echo machine. Ours is fifteen years old and breaks every winter.',
    ]);
    expect(speakerOf(story, 'Three weeks for a first visit')).toMatch(/Parwin Hamidi$/);
    expect(speakerOf(story, 'A second echo machine')).toMatch(/Parwin Hamidi$/);
    expect(hasQuote(story, 'How long do patients wait')).toBe(false);
  });

  it('reads a bold label and a bold name before the colon', () => {
    const story = ingestUnderHeadline([
      'Mohammad Ishaq Wardak has guided trekkers over the high passes for twenty summers.',
      '**Pamir Post:** How many groups came this year?',
      '**Wardak:** Eleven, all small. Before the pandemic it was thirty.',
      '**Pamir Post:** What keeps them away?',
      '**Wardak:** Fear, mostly. The passes are as safe as they ever were.',
    ]);
    expect(speakerOf(story, 'Eleven, all small')).toBe('Mohammad Ishaq Wardak');
    expect(speakerOf(story, 'Fear, mostly')).toBe('Mohammad Ishaq Wardak');
  });

  it('gives a quotation inside a labelled answer to the person it quotes', () => {
    const story = ingestUnderHeadline([
      'Abdul Wahid Rustami has taught mathematics in the same school for thirty years.',
      'Q: Why did you become a teacher?',
      'A: Because of my own teacher. Ustad Sharafuddin told our class: "Numbers do not lie, boys, only people do." I never forgot it.',
      'Q: Do your pupils still like numbers?',
      'A: The girls more than the boys, these days.',
    ]);
    expect(speakerOf(story, 'Numbers do not lie')).toBe('Ustad Sharafuddin');
    expect(speakerOf(story, 'Because of my own teacher')).toBe('Abdul Wahid Rustami');
    expect(speakerOf(story, 'The girls more than the boys')).toBe('Abdul Wahid Rustami');
  });
});

describe('fresh: radio and TV transcripts', () => {
  it.fails('gives each NAME: line to its speaker and not the host to the guest', () => {
    const story = ingestUnderHeadline([
      'Transcript: Morning Show, Radio Sada-e Kohistan, 14 January',
      'HOST (MARYAM FAIZI): Good morning. With me in the studio is the head of the district health centre, Dr Rahmatullah Nazari.',
      'NAZARI: Good morning, and thank you for inviting me.',
      'FAIZI: Doctor, how many measles cases have you seen this month?',
      'NAZARI: Forty-one, most of them children under five who were never vaccinated.',
      'FAIZI: What should parents do?',
      'NAZARI: Bring the children to the centre. The vaccine is free and we open at eight.',
    ]);
    expect(speakerOf(story, 'Forty-one, most of them children')).toMatch(/Rahmatullah Nazari$/);
    expect(speakerOf(story, 'Bring the children to the centre')).toMatch(/Rahmatullah Nazari$/);
    expect(speakerOf(story, 'Good morning. With me in the studio')).toMatch(/MARYAM FAIZI/i);
  });

  it('reads a TV transcript whose host signs off in the last line', () => {
    const story = ingestUnderHeadline([
      'Below is an edited transcript of "Village Voices", broadcast on 3 March.',
      'PRESENTER SOMAYA KARIMI: Tonight we are in the bazaar, where the price of flour has doubled.',
      'SHOPKEEPER HAJI QUDRATULLAH: A sack was 1,400 afghanis in autumn. Now it is 2,600.',
      'KARIMI: Why so much?',
      'HAJI QUDRATULLAH: The road was shut for three weeks and the trucks could not come.',
      'KARIMI: That is all for tonight. Goodbye, and stay warm.',
    ]);
    expect(speakerOf(story, 'A sack was 1,400 afghanis')).toMatch(/QUDRATULLAH/i);
    expect(speakerOf(story, 'The road was shut for three weeks')).toMatch(/QUDRATULLAH/i);
    expect(speakerOf(story, 'Goodbye, and stay warm')).toMatch(/KARIMI/i);
  });
  it.fails('gives a Dari presenter, introduced as «مجری، …:», her closing words', () => {
    const da = ingestUnderHeadline([
      'متن برنامهٔ «صدای قریه»، رادیو کوکچه',
      'مجری، فریده نوری: شنوندگان عزیز، امروز مهمان ما عبدالغفور امیری، رئیس شورای قریه است.',
      'نوری: آقای امیری، آب آشامیدنی قریه از کجا می‌آید؟',
      'امیری: از یک چشمه در بالای قریه. زنان و دختران هر روز دو بار آب می‌آورند.',
      'نوری: چه وقت نل‌دوانی می‌شود؟',
      'امیری: وعده داده‌اند که تا بهار. ما منتظر هستیم.',
      'نوری: از شما سپاس. شنوندگان عزیز، فردا باز با شما هستیم.',
    ]);
    expect(speakerOf(da, 'از یک چشمه در بالای قریه')).toMatch(/عبدالغفور امیری$/);
    expect(speakerOf(da, 'فردا باز با شما هستیم')).toMatch(/فریده نوری$/);
  });

  it('gives an English "Q:" prompt that asks nothing to no one', () => {
    const en = ingestUnderHeadline([
      'Hamida Rasuli, 34, trains midwives in the district. We met her at the clinic.',
      'Q: Tell us about your first year here.',
      'A: It was hard. I was the only woman on the staff and the road was closed for four months.',
      'Q: And now?',
      'A: Now there are six of us.',
    ]);
    expect(hasQuote(en, 'Tell us about your first year')).toBe(false);
    expect(speakerOf(en, 'It was hard')).toBe('Hamida Rasuli');
  });
});

describe('fresh: Dari گفت‌وگو', () => {
  it('reads «پرسش:» and «پاسخ:» as the question and the answer of the person introduced', () => {
    const story = ingestUnderHeadline([
      'گفت‌وگو با رئیس ریاست معارف',
      'مولوی عبدالباقی حقانی، رئیس معارف ولایت، در دفترش به پرسش‌های ما پاسخ داد.',
      'پرسش: چند مکتب در زمستان امسال باز می‌ماند؟',
      'پاسخ: در ولسوالی‌های سردسیر، مکتب‌ها از ماه جدی تا حوت رخصت‌اند. در ولسوالی‌های گرم‌سیر درس ادامه دارد.',
      'پرسش: کمبود معلم را چگونه جبران می‌کنید؟',
      'پاسخ: امسال سه‌صد معلم قراردادی استخدام کردیم و بیشترشان از همان قریه‌ها هستند.',
    ]);
    expect(speakerOf(story, 'در ولسوالی‌های سردسیر')).toMatch(/عبدالباقی حقانی$/);
    expect(speakerOf(story, 'سه‌صد معلم قراردادی')).toMatch(/عبدالباقی حقانی$/);
  });

  it.fails('reads the short «س:» and «ج:» labels', () => {
    const story = ingestUnderHeadline([
      'فرزانه رحیمی، نخستین زن داور فوتبال در ولایت، با خبرنگار ما گفتگو کرده است.',
      'س: چه وقت داوری را شروع کردید؟',
      'ج: پنج سال پیش، وقتی در مکتب تیم دختران ساختیم و کسی نبود که بازی را داوری کند.',
      'س: مردم چه می‌گویند؟',
      'ج: اول خندیدند. حالا بعضی‌ها پیش از بازی می‌پرسند که آیا من داور هستم یا نه.',
    ]);
    expect(speakerOf(story, 'پنج سال پیش، وقتی در مکتب')).toBe('فرزانه رحیمی');
    expect(speakerOf(story, 'اول خندیدند')).toBe('فرزانه رحیمی');
  });

  it.fails('reads the interviewer and the interviewee by their names as labels', () => {
    const story = ingestUnderHeadline([
      'گفتگوی اختصاصی با یک آهنگر',
      'حاجی گل‌محمد پنجاه سال است که در بازار کهنه آهنگری می‌کند.',
      'خبرنگار: کار شما در زمستان چطور است؟',
      'حاجی گل‌محمد: در زمستان کار بیشتر است. دهقانان بیل و داس خود را برای بهار آماده می‌کنند.',
      'خبرنگار: شاگرد دارید؟',
      'حاجی گل‌محمد: دو شاگرد دارم، هر دو برادرزاده‌هایم. پسران خودم به ایران رفتند.',
    ]);
    expect(speakerOf(story, 'در زمستان کار بیشتر است')).toBe('حاجی گل‌محمد');
    expect(speakerOf(story, 'دو شاگرد دارم')).toBe('حاجی گل‌محمد');
    expect(hasQuote(story, 'کار شما در زمستان چطور است')).toBe(false);
  });

  it.fails('gives a quotation inside a Dari answer to the person it quotes', () => {
    const story = ingestUnderHeadline([
      'با نسرین احمدی، مدیر یک مکتب دخترانه در ولسوالی، گفت‌وگو کردیم.',
      'پرسش: چرا مکتب دو هفته بسته بود؟',
      'پاسخ: سقف صنف‌ها چکه می‌کرد. ولسوال به ما گفت: «تا سقف ترمیم نشود، شاگردان را به خانه بفرستید.»',
      'پرسش: حالا چه وضع است؟',
      'پاسخ: سقف را مردم قریه با پول خود ترمیم کردند و درس از شنبه آغاز شد.',
    ]);
    expect(speakerOf(story, 'سقف صنف‌ها چکه می‌کرد')).toBe('نسرین احمدی');
    expect(speakerOf(story, 'تا سقف ترمیم نشود')).toMatch(/ولسوال/);
    expect(speakerOf(story, 'سقف را مردم قریه')).toBe('نسرین احمدی');
  });
});

describe('fresh: a radio report handing over to a recorded voice', () => {
  it('gives the clip after «صدای … را می‌شنویم:» to the person named in the cue', () => {
    const story = ingestUnderHeadline([
      'برف سنگین راه ولسوالی را برای دومین هفته بسته نگه داشته است.',
      'انجنیر عبدالوکیل صمیمی، مسوول ریاست فواید عامه در ولایت، گفت که ماشین‌آلات در راه است.',
      'صدای انجنیر صمیمی را می‌شنویم: «دو بلدوزر از مرکز حرکت کرده‌اند و اگر هوا اجازه دهد، تا پنج‌شنبه راه باز می‌شود.»',
    ]);
    expect(speakerOf(story, 'دو بلدوزر از مرکز')).toMatch(/عبدالوکیل صمیمی$/);
  });

  it('reads "We hear from …:" in an English radio script', () => {
    const story = ingestUnderHeadline([
      'Wheat prices in the bazaar rose again this week. Haji Abdul Samad Noorzai has sold grain there for thirty years.',
      'We hear from Haji Noorzai: "Nobody buys a full sack any more. They buy by the kilo, and they ask for credit."',
    ]);
    expect(speakerOf(story, 'Nobody buys a full sack')).toBe('Haji Abdul Samad Noorzai');
  });

  it('gives no one the words after the sound of the rain (near-miss)', () => {
    const story = ingestUnderHeadline([
      'محمدعلی، دهقان ۵۰ ساله، شب را در خانهٔ همسایه گذراند.',
      'صدای باران را می‌شنویم: «شرشر، شرشر» و دیگر هیچ.',
    ]);
    expect(speakerOf(story, 'شرشر، شرشر')).toBeNull();
  });
});

describe('review of bare-interview.ts: question lines that are not an interview', () => {
  it('leaves a FAQ box whose questions say "you" under an introduction naming a person', () => {
    const story = ingestUnderHeadline([
      'The provincial health director, Dr Abdul Qayum Sharifi, on Sunday opened a free eye camp at the district hospital.',
      'Your questions answered',
      'Do you need an appointment?',
      'No. Patients are seen in the order they arrive, from 8 a.m. to 3 p.m.',
      'What should you bring?',
      'A copy of the tazkira and any glasses or prescriptions from earlier visits.',
      'Will your operation cost anything?',
      'Cataract operations, lenses and medicines are free for the length of the camp.',
    ]);
    expect(hasQuote(story, 'Patients are seen in the order')).toBe(false);
    expect(hasQuote(story, 'A copy of the tazkira')).toBe(false);
    expect(hasQuote(story, 'Cataract operations, lenses')).toBe(false);
  });

  it('leaves a feature whose rhetorical questions address the reader', () => {
    const story = ingestUnderHeadline([
      'Gul Ahmad Sadiqi lost two jeribs of wheat to the river last spring.',
      'What do you do when the river takes your field?',
      'For most families along the bank the answer is to move uphill, onto land that is poorer and drier.',
      'And where do you go when there is no uphill left?',
      'Many of the young men have gone to Iran, and the remittances they send are what keeps the villages alive.',
    ]);
    expect(hasQuote(story, 'the answer is to move uphill')).toBe(false);
    expect(hasQuote(story, 'the remittances they send')).toBe(false);
  });

  it("leaves readers' questions and answers in a comments section alone", () => {
    const story = ingestUnderHeadline([
      'The road between the two districts reopened on Tuesday after a landslide, the district governor, Mawlawi Nasrullah Haqyar, said.',
      '12 comments',
      'Do you know if minibuses are running yet?',
      'They started this morning, one every two hours from the main square.',
      'Is your village cut off as well?',
      'Not any more, the bulldozer came yesterday.',
    ]);
    expect(hasQuote(story, 'They started this morning')).toBe(false);
    expect(hasQuote(story, 'the bulldozer came yesterday')).toBe(false);
  });

  it('gives each of two interviewees their own answers', () => {
    const story = ingestUnderHeadline([
      'Sisters Farzana and Jamila Ahmadi run a tailoring shop in the bazaar. We spoke to them in their shop.',
      'How did you start?',
      'Farzana: With our mother’s sewing machine and two customers, both cousins.',
      'Who does what?',
      'Jamila: I cut, she sews. I talk to the customers because Farzana is shy.',
    ]);
    expect(speakerOf(story, 'With our mother’s sewing machine')).toMatch(/Farzana/);
    expect(speakerOf(story, 'I cut, she sews')).toMatch(/Jamila/);
  });

  it('gives each of two Dari interviewees the answers under their names', () => {
    const story = ingestUnderHeadline([
      'دو برادر، نویدالله و صمیم‌الله، در بازار شهر دکان ترمیم موبایل دارند. با هر دو گفت‌وگو کردیم.',
      'کار را از کجا آموختید؟',
      'نویدالله: در ایران، سه سال در یک دکان شاگرد بودم.',
      'حالا مشتری زیاد دارید؟',
      'صمیم‌الله: در زمستان بیشتر، چون مردم پول خرید موبایل نو را ندارند.',
    ]);
    expect(speakerOf(story, 'سه سال در یک دکان')).toMatch(/نویدالله/);
    expect(speakerOf(story, 'مردم پول خرید موبایل')).toMatch(/صمیم‌الله/);
  });

  it('reads no interview into a notice whose answers open on "Note:" and "Update:" (near-miss)', () => {
    const story = ingestUnderHeadline([
      'The pass reopened on Friday. Note the new hours and check for an update before you travel, said Mawlawi Abdul Rauf Hamdard.',
      'When is the pass open?',
      'Note: From six in the morning to four in the afternoon, in both directions.',
      'Are trucks allowed?',
      'Update: Trucks may cross only on Tuesdays and Saturdays until the snow is cleared.',
    ]);
    expect(hasQuote(story, 'From six in the morning')).toBe(false);
    expect(hasQuote(story, 'Trucks may cross only')).toBe(false);
  });

  it('leaves a Dari feature with rhetorical questions to the reader alone', () => {
    const story = ingestUnderHeadline([
      'محمدنبی، دهقان ۶۰ ساله، امسال نیمی از زمینش را به دریا باخت.',
      'وقتی دریا زمین شما را می‌برد، چه می‌کنید؟',
      'بیشتر خانواده‌های کنار دریا به دامنهٔ کوه کوچ می‌کنند، جایی که زمین خشک و کم‌حاصل است.',
      'و وقتی دامنه هم نماند، به کجا می‌روید؟',
      'بسیاری از جوانان به ایران رفته‌اند و پولی که می‌فرستند، قریه‌ها را زنده نگه داشته است.',
    ]);
    expect(hasQuote(story, 'بیشتر خانواده‌های کنار دریا')).toBe(false);
    expect(hasQuote(story, 'بسیاری از جوانان به ایران')).toBe(false);
  });
});

describe('review of round 21: colon lines under questions that are no interview', () => {
  it('reads no interview of two into a fact box under question lines (near-miss)', () => {
    const story = ingestUnderHeadline([
      'Two teachers, Ahmad Karimi and Laila Sadat, reopened the girls’ school this spring after a two-year closure.',
      'Who pays their salaries now?',
      'Karimi: Teacher of mathematics since 2004, he trained in the capital.',
      'Where do the pupils come from?',
      'Sadat: Head teacher, she came back from Quetta last year.',
    ]);
    expect(hasQuote(story, 'Teacher of mathematics since 2004')).toBe(false);
    expect(hasQuote(story, 'she came back from Quetta')).toBe(false);
  });

  it('reads no Dari interview of two into a fact box under question lines (near-miss)', () => {
    const story = ingestUnderHeadline([
      'دو معلم، احمد کریمی و لیلا سادات، امسال بهار مکتب دخترانه را پس از دو سال دوباره باز کردند.',
      'معاش آنان را چه کسی می‌پردازد؟',
      'کریمی: معلم ریاضی از سال ۱۳۸۳ به این سو، در کابل درس خوانده است.',
      'شاگردان از کجا می‌آیند؟',
      'سادات: مدیر مکتب، سال گذشته از کویته برگشت.',
    ]);
    expect(hasQuote(story, 'معلم ریاضی از سال')).toBe(false);
    expect(hasQuote(story, 'سال گذشته از کویته برگشت')).toBe(false);
  });

  it('reads no turn into page furniture set in bold after a bold Q&A (near-miss)', () => {
    const story = ingestUnderHeadline([
      'Traders say the new customs rules are confusing. Haji Abdul Wahab, who imports tyres, explained them at his shop.',
      '**Q: What changed?**',
      'Wahab: Every container is now weighed twice.',
      '**Q: Who pays for the delay?**',
      'Wahab: We do. The importer always pays.',
      '**Related:** Read our earlier report on border trade.',
      '**Editor’s note:** This article was updated on Monday.',
    ]);
    expect(speakerOf(story, 'Every container is now weighed')).toBe('Haji Abdul Wahab');
    expect(hasQuote(story, 'Read our earlier report')).toBe(false);
    expect(hasQuote(story, 'This article was updated')).toBe(false);
  });

  it("gives no one a host's prompt that asks without a question mark (near-miss)", () => {
    const story = ingestUnderHeadline([
      'An edited transcript of "Bazaar Hour", broadcast on 9 April.',
      'PRESENTER NILOFAR AZIMI: Good evening. We are at the grain market, where bread has doubled in price.',
      'TRADER HAJI SAYED AGHA: A sack of flour was 1,500 afghanis in winter. Today it is 2,700.',
      'AZIMI: Why the jump?',
      'SAYED AGHA: The border was closed for a month.',
      'AZIMI: Tell us what the traders have done about it.',
      'SAYED AGHA: We wrote to the governor. Nobody answered.',
      'AZIMI: And your customers?',
      'SAYED AGHA: They buy by the kilo now.',
    ]);
    expect(hasQuote(story, 'Tell us what the traders have done')).toBe(false);
    expect(speakerOf(story, 'We wrote to the governor')).toMatch(/SAYED AGHA/i);
  });

  it('gives no one the slogan after "Listen to" a radio station (near-miss)', () => {
    const story = ingestUnderHeadline([
      'Listen to Radio Azadi: "the voice of the listeners" is painted on the van that tours the villages.',
      'The station manager, Hamid Rahimi, said the van carries a small studio.',
    ]);
    expect(speakerOf(story, 'the voice of the listeners')).toBeNull();
  });
});
