// Round nineteen: bodies, and the documents they issue, as the speakers of quotations (sentences made up here).
import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a body as the subject of a speech or writing verb', () => {
  it('reads a document from a body after the quotation, and a body that said it in a statement', () => {
    const story = ingestUnderHeadline([
      'The river rose again on Tuesday.',
      '"Crossings stay shut until the water falls," a statement from the Uzbek border service said.',
      '"Schools will reopen on Saturday," the education department said in a statement.',
      '"Flights resume on Monday," the airline said on its website.',
    ]);
    expect(speakerOf(story, 'Crossings stay shut')).toBe('The Uzbek border service');
    expect(speakerOf(story, 'Schools will reopen')).toBe('The education department');
    expect(speakerOf(story, 'Flights resume')).toBe('The airline');
  });
  it('reads the body past an aside and past a long clause that ends "and that"', () => {
    const story = ingestUnderHeadline([
      'The clinics were inspected in spring.',
      'The charity, a Kabul-based group that runs nine clinics, said it was "shocked by the findings".',
      'The bus company said on Sunday that it would add two buses on the Taloqan route, run them twice a day through the winter, and that "fares will not rise before spring".',
      'In a letter to traders, the chamber of commerce wrote that the tariff "will empty the border markets".',
    ]);
    expect(speakerOf(story, 'shocked by the findings')).toBe('The charity');
    expect(speakerOf(story, 'fares will not rise')).toBe('The bus company');
    expect(speakerOf(story, 'will empty the border')).toBe('The chamber of commerce');
  });
  it('gives a body its proper name, after "according to a letter from" or "a notice issued by"', () => {
    const story = ingestUnderHeadline([
      'Work on the canal stopped in the autumn.',
      'According to a letter from the Ministry of Rural Rehabilitation, the canal "will be finished by June".',
      'A notice issued by the Kunduz municipality said that shops must "close by eight in the evening".',
    ]);
    expect(speakerOf(story, 'finished by June')).toBe('Ministry of Rural Rehabilitation');
    expect(speakerOf(story, 'close by eight')).toBe('The Kunduz municipality');
  });
  it('reads "said the airline" after the quotation and "according to the department," before it', () => {
    const story = ingestUnderHeadline([
      'Snow fell on the pass overnight.',
      '"Flights to Faizabad resume on Monday," said the airline in a statement.',
      'According to the provincial agriculture department, the seed will "reach every district before the rains".',
      'According to a message shared in the village, the dam was "about to break".',
    ]);
    expect(speakerOf(story, 'resume on Monday')).toBe('The airline');
    expect(speakerOf(story, 'before the rains')).toBe('The provincial agriculture department');
    expect(speakerOf(story, 'about to break')).toBeNull();
  });
  it('reads a paragraph that ends with a body publishing something, and the quotation opening the next', () => {
    const story = ingestUnderHeadline([
      'The old bridge cracked in the night.',
      'The municipality posted a warning on its Facebook page:',
      '"Do not drive loaded trucks over the old bridge."',
    ]);
    expect(speakerOf(story, 'loaded trucks')).toBe('The municipality');
  });
});

describe('a body named by its noun alone takes the fuller name given just before', () => {
  it('reads "the department said" as the department the text named in full', () => {
    const story = ingestUnderHeadline([
      'The provincial education department said the exams would be moved. "No pupil will lose a year," the department said.',
      'Floods closed the road. "The pass is shut," the authority said.',
    ]);
    expect(speakerOf(story, 'No pupil will lose')).toBe('The provincial education department');
    expect(speakerOf(story, 'The pass is shut')).toBe('The authority');
  });
});

describe('a body’s own document, and "it" for a body', () => {
  it('reads "<body>’s notice reads:" and "it said" after a body named just before', () => {
    const story = ingestUnderHeadline([
      'Families queued at the gate from dawn.',
      'The department’s notice reads: "Families must register before Thursday."',
      'The Uzbek border service issued a statement on Monday. "Our officers returned the stolen cattle," it said.',
      'The Ministry of Mines closed two pits last week. It said in a statement that the pits were "a danger to the village".',
    ]);
    expect(speakerOf(story, 'Families must register')).toBe('The department');
    expect(speakerOf(story, 'stolen cattle')).toBe('The Uzbek border service');
    expect(speakerOf(story, 'a danger to the village')).toBe('Ministry of Mines');
  });
  it('leaves "it said" with no body before it', () => {
    const story = ingestUnderHeadline(['The radio played all night. "Stay indoors," it said.']);
    expect(speakerOf(story, 'Stay indoors')).toBeNull();
  });
});

describe('a document as the source, resolved to the author the text names', () => {
  it('gives a report, and a page of it, to the firm whose reports the text mentions', () => {
    const story = ingestUnderHeadline([
      'Auditors compared the payroll with the annual reports of an independent survey firm, Kokcha Research Group.',
      'According to a survey report published in March, the canal was "fully repaired".',
      'The survey report for the spring is blunter. Section 4 notes that "no water reached the lower villages".',
    ]);
    expect(speakerOf(story, 'fully repaired')).toBe('Kokcha Research Group');
    expect(speakerOf(story, 'no water reached')).toBe('Kokcha Research Group');
  });
  it('lets a study speak for itself when no author is named', () => {
    const story = ingestUnderHeadline([
      'Prices rose in every bazaar of the province.',
      'The survey, carried out in May, found that "most households skip a meal a day".',
      'The audit found the money "was spent on paper only".',
    ]);
    expect(speakerOf(story, 'skip a meal')).toBe('The survey');
    expect(speakerOf(story, 'on paper only')).toBe('The audit');
  });
});

describe('near misses: a person speaks, or the document is no source', () => {
  it('keeps the person who read or named the report, and leaves a loudspeaker message unattributed', () => {
    const story = ingestUnderHeadline([
      'Nadia Rahimi read the report twice. "Nothing in it is true," she said.',
      'Ahmad Karimi, a spokesman for the ministry, said in a statement that the posts were "never closed".',
      'Police drove through the villages at dawn. "Leave the houses by the river," the message said.',
      'The ministry, Karimi said, found "no record of the payments".',
    ]);
    expect(speakerOf(story, 'Nothing in it')).toBe('Nadia Rahimi');
    expect(speakerOf(story, 'never closed')).toBe('Ahmad Karimi');
    expect(speakerOf(story, 'Leave the houses')).toBeNull();
    expect(speakerOf(story, 'no record of')).toBe('Ahmad Karimi');
  });
});

describe('Dari: a body’s document quoted with «آمده است» or «به نقل از»', () => {
  it('reads the body of «در اعلامیه‌ای که … نشر کرد، آمده است» and «در خبرنامه‌ای که … فرستاده، آمده است»', () => {
    const story = ingestUnderHeadline([
      'باران‌های شدید راه‌های تخار را بست.',
      'در اعلامیه‌ای که ریاست معارف ولایت تخار روز دوشنبه نشر کرد، آمده است: «مکتب‌ها از شنبهٔ آینده باز می‌شوند.»',
      'در خبرنامه‌ای که شرکت برشنا فرستاده، آمده است: «برق شهر تالقان تا سه روز قطع می‌باشد.»',
    ]);
    expect(speakerOf(story, 'مکتب‌ها از شنبهٔ')).toBe('ریاست معارف ولایت تخار');
    expect(speakerOf(story, 'برق شهر تالقان')).toBe('شرکت برشنا');
  });
  it('gives «نامهٔ اتحادیه» to the union by the fuller name the text gave it, and «به نقل از اعلامیهٔ» to the office', () => {
    const story = ingestUnderHeadline([
      'به گفتهٔ اتحادیهٔ موترداران بغلان، نرخ کرایه دو برابر شده است.',
      'در نامهٔ اتحادیه به والی آمده است: «اگر تیل ارزان نشود، موترها از راه می‌مانند.»',
      'به نقل از اعلامیهٔ ریاست صحت عامهٔ بدخشان، «واکسین سرخکان به همهٔ ولسوالی‌ها رسیده است.»',
    ]);
    expect(speakerOf(story, 'اگر تیل ارزان')).toBe('اتحادیهٔ موترداران بغلان');
    expect(speakerOf(story, 'واکسین سرخکان')).toBe('ریاست صحت عامهٔ بدخشان');
  });
  it('gives «در این اعلامیه آمده است» to the body that issued it, and «به اساس گزارش …» to the body', () => {
    const story = ingestUnderHeadline([
      'وزارت معارف روز دوشنبه اعلامیه‌ای نشر کرد. در این اعلامیه آمده است: «امتحانات یک هفته به تعویق افتاد.»',
      'کمیسیون مستقل حقوق بشر گزارشی تازه نشر کرده است. در بخشی از این گزارش آمده است: «خانواده‌ها بدون اخطار از خانه‌های خود بیرون کشیده شدند.»',
      'به اساس گزارش ریاست زراعت بغلان، «حاصل گندم امسال نیم شده است.»',
    ]);
    expect(speakerOf(story, 'امتحانات یک هفته')).toBe('وزارت معارف');
    expect(speakerOf(story, 'بدون اخطار')).toBe('کمیسیون مستقل حقوق بشر');
    expect(speakerOf(story, 'حاصل گندم')).toBe('ریاست زراعت بغلان');
  });
  it('reads a body at the head of «… در نامه‌ای نوشته است», and leaves a person at the head theirs', () => {
    const story = ingestUnderHeadline([
      'نرخ آرد در بازارهای کندز بالا رفت.',
      'اتحادیهٔ نانوایان کندز در نامه‌ای به شاروالی نوشته است که «با این نرخ آرد، نان پخته کرده نمی‌توانیم.»',
      'کمیسیون انتخابات در خبرنامه‌ای نوشته است: «ثبت‌نام رأی‌دهندگان تا آخر ماه ادامه دارد.»',
      'حاجی عبدالرحیم، رئیس اتحادیهٔ قصابان، در نامه‌ای نوشته است: «گوشت وارداتی بازار ما را کساد کرده است.»',
    ]);
    expect(speakerOf(story, 'با این نرخ آرد')).toBe('اتحادیهٔ نانوایان کندز');
    expect(speakerOf(story, 'ثبت‌نام رأی‌دهندگان')).toBe('کمیسیون انتخابات');
    expect(speakerOf(story, 'گوشت وارداتی')).toBe('حاجی عبدالرحیم');
  });
  it('keeps the spokesman who speaks in the ministry’s statement', () => {
    const story = ingestUnderHeadline([
      'برق ولسوالی‌های سرحدی قطع شد.',
      'احمد کریمی، سخنگوی وزارت انرژی و آب، در اعلامیه‌ای گفت: «کار ترمیم لین تا یک هفته تمام می‌شود.»',
    ]);
    expect(speakerOf(story, 'کار ترمیم لین')).toBe('احمد کریمی');
  });
});

describe('review: bodies and documents only where the words are theirs', () => {
  it('gives "it said" the body its sentence opens on, not one named inside it', () => {
    const story = ingestUnderHeadline([
      'The river fell on Sunday.',
      'The agency blamed the provincial government for the delay. "We cannot move trucks without permits," it said.',
      'The UN refugee agency criticised the Ministry of Refugees for slow payments. "Families are waiting in the cold," it said.',
      'The agriculture department blamed the provincial health department for the outbreak. "We warned them in March," the department said.',
    ]);
    expect(speakerOf(story, 'We cannot move trucks')).toBe('The agency');
    expect(speakerOf(story, 'Families are waiting')).toBe('The UN refugee agency');
    expect(speakerOf(story, 'We warned them')).toBe('The agriculture department');
  });
  it('leaves a body that posts or cites someone else’s words, and a clause that names another speaker', () => {
    const story = ingestUnderHeadline([
      'The water rose in the night.',
      'The ministry posted a video of a farmer in Jurm on Facebook:',
      '"We lost everything in one night."',
      'The airline published a letter from a passenger on its website:',
      '"I waited nine hours and nobody told me anything."',
      'The report found that a teacher in Jurm had said "the school has no roof".',
      'According to the report, one mother told researchers: "We ate grass for a week."',
      'According to the ministry, the governor promised elders "a new road by spring".',
    ]);
    expect(speakerOf(story, 'We lost everything')).toBeNull();
    expect(speakerOf(story, 'I waited nine hours')).toBeNull();
    // Round twenty: the source inside the reported clause, after "according to", with "promised".
    expect(speakerOf(story, 'the school has no roof')).toBe('A teacher in Jurm');
    expect(speakerOf(story, 'We ate grass')).toBe('One mother');
    expect(speakerOf(story, 'a new road by spring')).toBe('The governor');
  });
  it('does not give a page to a letter named before it, nor "she said" to the body whose page spoke', () => {
    const story = ingestUnderHeadline([
      'A memoir came out in May.',
      'Karimi wrote the memoir after a letter from his brother reached him in Peshawar. Its first page says: "I was born by the river."',
      'Reporters obtained the quarterly reports of a third-party monitoring firm, Pamir Monitoring Consultants.',
      'The monitoring report for the same quarter is careful. Page 11 says: "No patient records were available for review."',
      'One, a community health supervisor in Raghestan who asked not to be named, showed us her pay slips. "I signed for three months and received one," she said.',
    ]);
    expect(speakerOf(story, 'I was born by the river')).toBe('Karimi');
    expect(speakerOf(story, 'No patient records')).toBe('Pamir Monitoring Consultants');
    // Round twenty: "One, a … supervisor …" opens a source "she" means.
    expect(speakerOf(story, 'I signed for three months')).toBe('A community health supervisor in Raghestan');
  });
  it('gives «در این گزارش آمده است» to the body that issued it, and leaves a body relaying a teacher', () => {
    const story = ingestUnderHeadline([
      'مکاتب بدخشان هنوز بسته است.',
      'دیده‌بان حقوق بشر روز دوشنبه گزارشی نشر کرد و از وزارت معارف خواست مکاتب دختران را باز کند. در این گزارش آمده است: «دختران حق دارند درس بخوانند.»',
      'وزارت معارف به نقل از یک معلم در فیض‌آباد نوشته است: «ما ماه‌هاست معاش نگرفته‌ایم.»',
    ]);
    expect(speakerOf(story, 'دختران حق دارند')).toBe('دیده‌بان حقوق بشر');
    // Round twenty: «به نقل از» names who said the words the body relays.
    expect(speakerOf(story, 'ما ماه‌هاست معاش')).toBe('یک معلم');
  });
});
