// Round 21b: transcripts whose labels give a name and a role («نام، نقش:», "NAME, role:"), and English reports
// quoting people in Dari with the translation after it in brackets (or an English quotation with the Dari after it).
import { describe, expect, it } from 'vitest';
import { hasQuote, ingestUnderHeadline, placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

describe('fresh: transcript labels with a name and a role', () => {
  it('reads «نام، نقش:» labels in a Dari radio transcript and leaves the reporter and presenter unquoted', () => {
    const story = ingestUnderHeadline([
      'گوینده: شنوندگان عزیز، سلام. نرخ آرد در بازارهای تالقان در یک هفته دو برابر شده است. همکار ما گزارش می‌دهد.',
      'گزارشگر: در سرای غله‌فروشان تالقان، دکان‌ها پر از بوجی‌های آرد است، اما خریدار کم است.',
      'عبدالرحیم، دکاندار: هر بوجی آرد را هفتهٔ پیش به یک هزار و دو صد افغانی می‌فروختم، امروز دو هزار است.',
      'گزارشگر: زنان هم از این گرانی شکایت دارند. نفیسه برای شش فرزندش نان می‌پزد.',
      'نفیسه، خانه‌دار: دیگر نان خشک هم به سختی پیدا می‌شود. شوهرم مزدور است و روزانه دو صد افغانی می‌گیرد.',
      'عبدالرحیم، دکاندار: تاجران می‌گویند راه سرحد بسته است و گندم نمی‌رسد.',
    ]);
    expect(speakerOf(story, 'هر بوجی آرد را هفتهٔ پیش')).toBe('عبدالرحیم');
    expect(speakerOf(story, 'دیگر نان خشک هم')).toBe('نفیسه');
    expect(speakerOf(story, 'تاجران می‌گویند راه سرحد')).toBe('عبدالرحیم');
    expect(hasQuote(story, 'در سرای غله‌فروشان تالقان')).toBe(false);
    expect(hasQuote(story, 'شنوندگان عزیز')).toBe(false);
  });

  it.fails('reads «نام، نقش:» labels with a two-word name and a longer role, and «مجری:» as nobody', () => {
    const story = ingestUnderHeadline([
      'مجری: در برنامهٔ امشب به مشکل آب آشامیدنی در شهر کندز می‌پردازیم.',
      'گل‌احمد حیدری، باشندهٔ ناحیهٔ سوم: سه ماه است که نل آب ما خشک است و از چاه همسایه آب می‌آوریم.',
      'مجری: آقای حیدری، شاروالی چه می‌گوید؟',
      'گل‌احمد حیدری، باشندهٔ ناحیهٔ سوم: هر بار می‌گویند هفتهٔ آینده درست می‌شود.',
      'زرمینه، معلم مکتب: شاگردان ما هر روز با بوتل‌های خالی به مکتب می‌آیند.',
    ]);
    expect(speakerOf(story, 'سه ماه است که نل آب ما')).toBe('گل‌احمد حیدری');
    expect(speakerOf(story, 'هر بار می‌گویند هفتهٔ آینده')).toBe('گل‌احمد حیدری');
    expect(speakerOf(story, 'شاگردان ما هر روز')).toBe('زرمینه');
    expect(hasQuote(story, 'شاروالی چه می‌گوید')).toBe(false);
  });

  it('reads "NAME, role:" labels in an English radio transcript', () => {
    const story = ingestUnderHeadline([
      'PRESENTER: Good evening. In Sheberghan, bakers say the price of flour has doubled in a month.',
      'REPORTER: At the bazaar, the tandoors are still hot, but fewer customers come.',
      'QADIR, baker: I bake half of what I baked in the spring. People buy one loaf instead of three.',
      'REPORTER: His neighbour sells sweets, and business is no better.',
      'ROYA, shopkeeper: Nobody buys sweets when bread is this expensive.',
      'QADIR, baker: If the price stays like this, I will close before winter.',
    ]);
    expect(speakerOf(story, 'I bake half of what I baked')).toBe('Qadir');
    expect(speakerOf(story, 'Nobody buys sweets')).toBe('Roya');
    expect(speakerOf(story, 'I will close before winter')).toBe('Qadir');
    expect(hasQuote(story, 'fewer customers come')).toBe(false);
  });

  it('near miss: a reporter sentence with an apposition before a colon is no label', () => {
    const story = ingestUnderHeadline([
      'شاروالی مزارشریف روز شنبه کار پاک‌کاری جوی‌ها را آغاز کرد.',
      'در ناحیهٔ هفتم، جایی که بیشتر جوی‌ها بند است، وضعیت چنین است: آب باران به خانه‌ها داخل می‌شود.',
      'احمد ضیا، سخنگوی شاروالی، گفت: «کار تا دو هفته تمام می‌شود.»',
    ]);
    expect(hasQuote(story, 'آب باران به خانه‌ها داخل می‌شود')).toBe(false);
    expect(speakerOf(story, 'کار تا دو هفته تمام می‌شود')).toBe('احمد ضیا');
  });
});

describe('near miss: a heading or a clause with a comma before its colon is no «name, role» label', () => {
  const linked = (paras: string[]) =>
    placesOf(readWithCountry(['Headline', ...paras].join('\n\n'))).map(([t]) => t);

  it('links the places of English headings that open on a phrase, a comma and a colon', () => {
    const places = linked([
      'Heavy rain fell across the north on Sunday.',
      'Across Kunduz, the toll so far: 40 dead and hundreds of homes destroyed.',
      'Near Khanabad, the worst hit: families who had just come back from Iran.',
    ]);
    expect(places).toContain('Kunduz');
    expect(places).toContain('Khanabad');
  });

  it('links the places of Dari headings that open on a phrase, a comma and a colon', () => {
    const places = linked([
      'شب گذشته باران شدید در شمال کشور بارید.',
      'سراسر ولایت کندز، تلفات تا کنون: چهل کشته و صدها خانهٔ ویران.',
      'نزدیک خان‌آباد، بیشترین آسیب: خانواده‌هایی که تازه از ایران برگشته بودند.',
    ]);
    expect(places).toContain('خان‌آباد');
  });
});

describe('fresh: Dari quotations with their English translation', () => {
  it('gives the bracketed translation of a Dari quotation to the same speaker', () => {
    const story = ingestUnderHeadline([
      'Gul Bibi, 47, has sold bread at the Mazar bus station for nine years.',
      '«نان ما هر روز کمتر فروش می‌شود،» she said. (Every day we sell less bread.)',
      'Her neighbour, Rahmatullah, repairs shoes.',
      '«مردم حالا کفش کهنه را سه بار پینه می‌کنند،» Rahmatullah said. (People now patch an old shoe three times.)',
    ]);
    expect(speakerOf(story, 'Every day we sell less bread')).toBe('Gul Bibi');
    expect(speakerOf(story, 'نان ما هر روز کمتر')).toBe('Gul Bibi');
    expect(speakerOf(story, 'People now patch an old shoe')).toBe('Rahmatullah');
  });

  it('gives a verbless Dari quotation and its translation to the paragraph’s speaker', () => {
    const story = ingestUnderHeadline([
      'Sayed Jalal, who runs a small guesthouse in Bamyan, said bookings had fallen by half since spring.',
      'He showed the empty rooms upstairs. «هیچ مسافری این ماه نیامده.» (Not one traveller has come this month.)',
    ]);
    expect(speakerOf(story, 'هیچ مسافری این ماه')).toBe('Sayed Jalal');
    expect(speakerOf(story, 'Not one traveller has come')).toBe('Sayed Jalal');
  });

  it('gives the Dari original after an English quotation to its speaker', () => {
    const story = ingestUnderHeadline([
      'Nazifa Hakimi teaches girls to weave carpets in Aqcha.',
      '"We weave so that we can eat," Hakimi said. («می‌بافیم تا نان بخوریم.»)',
    ]);
    expect(speakerOf(story, 'We weave so that we can eat')).toBe('Nazifa Hakimi');
    expect(speakerOf(story, 'می‌بافیم تا نان بخوریم')).toBe('Nazifa Hakimi');
  });

  it('near miss: a bracketed aside that is no translation is no quotation', () => {
    const story = ingestUnderHeadline([
      'Abdul Wahid, a money changer, said the afghani had fallen again.',
      '«بازار خراب است،» he said. (The afghani lost two per cent on Monday.)',
      'The central bank (Da Afghanistan Bank) auctioned dollars on Tuesday.',
    ]);
    expect(hasQuote(story, 'Da Afghanistan Bank')).toBe(false);
    expect(speakerOf(story, 'بازار خراب است')).toBe('Abdul Wahid');
  });

  it('near miss: an aside, someone else’s reply or an English credit in brackets is no translation', () => {
    const story = ingestUnderHeadline([
      'Hundreds of women waited outside the distribution centre in Taloqan on Sunday.',
      '«کمک کی می‌رسد؟» one woman asked. (Next week, an official replied.)',
      'Abdul Wahid, a money changer, said prices had doubled.',
      '«بازار خراب است،» he said. (The afghani lost two per cent against the dollar on Monday.)',
    ]);
    expect(hasQuote(story, 'Next week, an official')).toBe(false);
    expect(hasQuote(story, 'The afghani lost two per cent')).toBe(false);
    expect(speakerOf(story, 'بازار خراب است')).toBe('Abdul Wahid');
    const dari = ingestUnderHeadline([
      'محمد کریم، رئیس امور مهاجرین تخار گفت: «کمک‌ها تا هفتهٔ آینده توزیع می‌شود.» (Photo: Reuters file image.)',
    ]);
    expect(hasQuote(dari, 'Reuters file image')).toBe(false);
  });
});
