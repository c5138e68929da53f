// Round 24b, Dari speakers: fresh cases written before any engine change, in wordings of our own — a Dari Q&A's
// answers, a role-first appositive ("ROLE، TITLE NAME، …"), a manner phrase before a speech verb, a voice message.
import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

const C1 = [
  'ولسوالی چاه‌آب در کنار دریای پنج و باغ‌های انار، یکی از ولسوالی‌های کم‌آب تخار است. گل‌احمد نوری، ۳۸ ساله، آموزگار مکتب متوسطهٔ قریهٔ سرآسیاب است. با او دربارهٔ درس و کار کودکان گفت‌وگو کردیم.',
  'س: چند شاگرد دارید؟',
  'ج: در صنف من چهل و دو شاگرد است و نیم آن‌ها در خزان به کار پنبه می‌روند.',
  'س: چرا کودکان مکتب را رها می‌کنند؟',
  'ج: پدرها قرضدار هستند. کودک که ده ساله شد، نانِ خانه را هم باید پیدا کند.',
  'س: از دولت چه می‌خواهید؟',
  'ج: یک معلم دیگر و کتاب. بیشتر از این چیزی نمی‌خواهیم.',
];

const C2 = [
  'میراث‌دار آسیاب‌های آبی قریه، کاکا غلام‌سخی، که چهل سال گندم مردم را آرد کرده، دیروز کنار آسیاب نشسته بود و گفت: «آب جوی هر سال کمتر می‌شود و سنگ آسیاب هفته‌ها بیکار است.» لحظه‌ای خاموش ماند و بعد افزود: «پسرانم این کار را یاد نگرفتند.»',
  'رئیس معارف ولایت تخار، مولوی عبدالباری حقانی، می‌گوید برای مکتب‌های دوردست معلم تازه استخدام شده است. به گفتهٔ او، «صد و بیست معلم تازه تا آخر حمل به ولسوالی‌ها می‌روند.»',
];

const C3 = [
  'گفت‌وگو با یک قابلهٔ روستایی: «زنان هنوز در خانه زایمان می‌کنند»',
  'در دامنه‌های کوه‌های بلند و کنار کشتزارهای شالی ولسوالی ورسج، رسیدن به کلینیک ساعت‌ها طول می‌کشد. ما با شکریه رحیمی، قابلهٔ کلینیک صحی ورسج، گفت‌وگو کرده‌ایم.',
  'پرسش: از چه زمانی قابله هستید؟',
  'پاسخ: نه سال می‌شود. اول در فیض‌آباد درس خواندم و بعد به قریهٔ خود برگشتم.',
  'پرسش: بزرگ‌ترین مشکل شما چیست؟',
  'پاسخ: راه. در زمستان برف راه را می‌بندد و ما زن باردار را روی چارپایی می‌آوریم.',
];

const C4 = [
  'آمر ترافیک شهر پلخمری، جگرن محمدقاسم صافی، روز شنبه گفت که سرک‌های شهر پیش از زمستان ترمیم می‌شود. به گفتهٔ او، «کار ترمیم سرک‌های فرعی در دو هفته آغاز می‌شود و موترهای باربری در روز به شهر راه ندارند.»',
  'کارمند شاروالی، که نخواست نامش گرفته شود، گفت: «پول این کار هنوز نرسیده است.»',
  'یک دکاندار کنار سرک کمی مکث کرد و گفت: «هر سال همین وعده را می‌شنویم.»',
];

const C5 = [
  '۱۱:۲۰ — 🎙 پیام صوتی یک معلم ولسوالی کران و منجان که به ما رسیده:\n«دو ماه است معاش نگرفته‌ایم. شاگردان هم از سرما به مکتب نمی‌آیند.»\n👁 ۳.۲K',
  '۱۲:۰۵ — پیام صوتی به دست ما رسیده که فرستندهٔ آن معلوم نیست:\n«راه جرم بسته شده است.»',
];

const C6 = [
  'یادداشت',
  'هر بامداد که از کنار بازار کهنه می‌گذرم، صدای چکش مسگرها را می‌شنوم. استاد کار این بازار، حاجی نورمحمد، که شصت سال مس کوبیده، روزی به من گفت: «مس را باید آهسته کوبید، مانند دل آدم.» اندکی خندید و افزود: «جوانان امروز صبر ندارند.»',
  'شاگرد او، فرید، پسر شانزده‌ساله‌ای که از خان‌آباد آمده، به من گفت: «اگر این کار را یاد بگیرم، دیگر به ایران نمی‌روم.»',
];

const C7 = [
  'در بازار میوهٔ شهر کندز، میان دکان‌های خربوزه و انبارهای پیاز، با یکی از بارکش‌های قدیمی گفت‌وگو کردیم.',
  'س: خود را معرفی کنید.',
  'ج: نامم عبدالرحیم است و بیست سال است در همین بازار بار می‌کشم.',
  'س: روزانه چقدر کار می‌کنید؟',
  'ج: از آذان صبح تا شام. اگر بار نباشد، نان هم نیست.',
];

const C8 = [
  'در کنار جادهٔ پلخمری و انبارهای کهنهٔ سمنت، کارگاه کوچکی است که قالین می‌بافد. صاحب کارگاه، ثریا احمدی، زنی چهل‌ساله است. با او گفت‌وگو کردیم.',
  'Q: کارگاه چند بافنده دارد؟',
  'A: یازده زن در این‌جا کار می‌کنند؛ بیشترشان بیوه هستند.',
  'Q: قالین را به کجا می‌فروشید؟',
  'A: بیشتر به کابل. تاجران هفته‌ای یک بار می‌آیند.',
];

const C9 = [
  'سرپرست ریاست زراعت بغلان، انجنیر عبدالواسع همدرد، به خبرنگاران گفت که ملخ در سه ولسوالی دیده شده است. او افزود: «تیم‌های ما از فردا دوا پاشی می‌کنند.»',
  'رئیس معارف ولایت تخار، که تازه به این کار مقرر شده، گفت: «هیچ مکتبی در زمستان بسته نمی‌شود.»',
];

describe('a Dari Q&A: every answer is the interviewee’s', () => {
  it('gives «ج:» answers to the person the intro names, not to a noun phrase before him', () => {
    const story = ingestUnderHeadline(C1);
    for (const s of ['در صنف من چهل', 'پدرها قرضدار هستند', 'یک معلم دیگر و کتاب'])
      expect(speakerOf(story, s)).toBe('گل‌احمد نوری');
  });
  it('gives «پاسخ:» answers to the person «گفت‌وگو با …» presents', () => {
    const story = ingestUnderHeadline(C3);
    expect(speakerOf(story, 'نه سال می‌شود')).toBe('شکریه رحیمی');
    expect(speakerOf(story, 'در زمستان برف راه')).toBe('شکریه رحیمی');
  });
  it('gives the answers to the name the first answer gives itself («نامم … است»)', () => {
    const story = ingestUnderHeadline(C7);
    expect(speakerOf(story, 'نامم عبدالرحیم است')).toContain('عبدالرحیم');
    expect(speakerOf(story, 'از آذان صبح تا شام')).toContain('عبدالرحیم');
  });
  it('reads English «Q:»/«A:» labels inside Dari text', () => {
    const story = ingestUnderHeadline(C8);
    expect(speakerOf(story, 'یازده زن در این‌جا')).toBe('ثریا احمدی');
    expect(speakerOf(story, 'بیشتر به کابل')).toBe('ثریا احمدی');
  });
});

describe('a role first, then the titled name in commas', () => {
  it('«میراث‌دار …، کاکا غلام‌سخی، که …» is the named man, through a dropped subject and a pause', () => {
    const story = ingestUnderHeadline(C2);
    expect(speakerOf(story, 'آب جوی هر سال')).toContain('غلام‌سخی');
    expect(speakerOf(story, 'پسرانم این کار')).toContain('غلام‌سخی');
  });
  it('«رئیس …، مولوی …، می‌گوید … به گفتهٔ او، «…»» is the mawlawi', () => {
    const story = ingestUnderHeadline(C2);
    expect(speakerOf(story, 'صد و بیست معلم')).toBe('مولوی عبدالباری حقانی');
  });
  it('«آمر …، جگرن …، … گفت» and «سرپرست …، انجنیر …،» are the officers', () => {
    expect(speakerOf(ingestUnderHeadline(C4), 'کار ترمیم سرک‌های فرعی')).toBe('جگرن محمدقاسم صافی');
    expect(speakerOf(ingestUnderHeadline(C9), 'تیم‌های ما از فردا')).toBe('انجنیر عبدالواسع همدرد');
  });
  it('«استاد کار …، حاجی …، که …» and a youth named once with his age', () => {
    const story = ingestUnderHeadline(C6);
    expect(speakerOf(story, 'مس را باید آهسته')).toBe('حاجی نورمحمد');
    expect(speakerOf(story, 'جوانان امروز صبر')).toBe('حاجی نورمحمد');
    expect(speakerOf(story, 'اگر این کار را یاد')).toBe('فرید');
  });
  it.fails('near-miss: «رئیس …، که تازه مقرر شده، گفت» is the head himself, no name after him', () => {
    expect(speakerOf(ingestUnderHeadline(C9), 'هیچ مکتبی در زمستان')).toBe('رئیس معارف ولایت تخار');
  });
});

describe('a phrase of common words is never a speaker', () => {
  it('«یک دکاندار کنار سرک کمی مکث کرد و گفت» is the shopkeeper, not his pause', () => {
    const story = ingestUnderHeadline(C4);
    expect(speakerOf(story, 'هر سال همین وعده')).toBe('یک دکاندار کنار سرک');
    expect(speakerOf(story, 'پول این کار هنوز')).toBe('کارمند شاروالی');
  });
});

describe('a voice message’s sender', () => {
  it('«پیام صوتی یک معلم … که به ما رسیده:» owns the quotation under it', () => {
    const story = ingestUnderHeadline(C5);
    expect(speakerOf(story, 'دو ماه است معاش')).toBe('یک معلم ولسوالی کران و منجان');
  });
  it('near-miss: a message whose sender is unknown has no speaker', () => {
    expect(speakerOf(ingestUnderHeadline(C5), 'راه جرم بسته')).toBeNull();
  });
});

// Added with the rules: a titled name in commas around a relative clause, "به من گفت" with no subject, and a
// connective before the subject, in wordings of our own.
const C10 = [
  'در بازار مال‌فروشی خان‌آباد، دلالان از صبح زود جمع می‌شوند. حاجی دوست‌محمد، که چهل سال گوسفند خرید و فروش کرده، امسال بازار را کساد می‌داند. به من گفت: «مردم پول ندارند که گوسفند بخرند.»',
  'اما داکتر نسرین احمدزی، که در ریاست مالداری کار می‌کند، حرف دیگری دارد. او به ما گفت: «واکسین رایگان است.» و بعد با لبخند پرسید: «چرا مالداران نمی‌آیند؟»',
];
const C11 = [
  'کارگران خشت‌مالی پیش از آفتاب به کار می‌روند. رحیم‌الله، جوان بیست‌ساله‌ای که از امام صاحب آمده، روزی هزار خشت می‌زند. برای ما گفت: «اگر باران ببارد، مزد آن روز را نمی‌گیریم.»',
];

describe('a named man introduced around a relative clause, then a dropped subject', () => {
  it('«حاجی …، که …، …. به من گفت:» is the haji; «اما داکتر …، که …» opens its own sentence', () => {
    const story = ingestUnderHeadline(C10);
    expect(speakerOf(story, 'مردم پول ندارند')).toBe('حاجی دوست‌محمد');
    expect(speakerOf(story, 'واکسین رایگان است')).toBe('داکتر نسرین احمدزی');
    expect(speakerOf(story, 'چرا مالداران نمی‌آیند')).toBe('داکتر نسرین احمدزی');
  });
  it('«برای ما گفت:» after a youth described once is his', () => {
    expect(speakerOf(ingestUnderHeadline(C11), 'اگر باران ببارد')).toBe('رحیم‌الله');
  });
});

// Review: near-misses in wordings the rules were not written for, each failing on the branch before its mend.
describe('review: a Dari Q&A whose intro names more than its interviewee', () => {
  it('«نامم در فهرست است» ("my name is on the list") names no one: the answers stay the intro’s woman’s', () => {
    const story = ingestUnderHeadline([
      'در کمپ بی‌جاشدگان پلخمری، زنان از صبح در صف آرد ایستاده‌اند. با بی‌بی گل، مادر شش فرزند که از اندراب آمده، گفت‌وگو کردیم.',
      'س: کمک گرفته‌اید؟',
      'ج: بلی، نامم در فهرست است، اما تا حال چیزی نگرفته‌ام.',
      'س: چه چیزی بیشتر لازم دارید؟',
      'ج: کمپل و چوب سوخت.',
    ]);
    expect(speakerOf(story, 'کمپل و چوب سوخت')).toBe('بی‌بی گل');
  });
  it('an official the intro quotes first is not the interviewee named after him', () => {
    const story = ingestUnderHeadline([
      'والی تخار، مولوی عبدالباری حقانی، هفتهٔ گذشته گفت که همه مکتب‌ها معلم دارند. گل‌احمد نوری، ۳۸ ساله، آموزگار مکتب متوسطهٔ قریهٔ سرآسیاب است. با او دربارهٔ درس کودکان گفت‌وگو کردیم.',
      'س: چند شاگرد دارید؟',
      'ج: در صنف من چهل و دو شاگرد است.',
      'س: از دولت چه می‌خواهید؟',
      'ج: یک معلم دیگر و کتاب.',
    ]);
    expect(speakerOf(story, 'در صنف من چهل')).toBe('گل‌احمد نوری');
    expect(speakerOf(story, 'یک معلم دیگر')).toBe('گل‌احمد نوری');
  });
  it('two guests joined by «و», or a panel: no single answerer', () => {
    const guests = ingestUnderHeadline([
      'در ولسوالی اندراب با دو دهقان گفت‌وگو کردیم: عبدالرحیم نوری، دهقان ۵۰ ساله، و برادرش نجیب‌الله نوری، معلم مکتب قریه.',
      'س: امسال حاصلات چطور است؟',
      'ج: امسال باران کم بود و گندم ما خشک شد.',
      'س: دولت کمک کرده است؟',
      'ج: نه، هیچ کسی به ما کمک نکرده است.',
    ]);
    expect(speakerOf(guests, 'گندم ما خشک شد')).toBeNull();
    const panel = ingestUnderHeadline([
      'در این میزگرد، انجنیر وحیدالله کوهستانی، کارشناس آب، و داکتر شکریه رحیمی، استاد دانشگاه بلخ، اشتراک کرده‌اند.',
      'پرسش: مشکل اصلی آب در شمال چیست؟',
      'پاسخ: مشکل اصلی مدیریت آب است، نه کمبود آن.',
      'پرسش: راه حل چیست؟',
      'پاسخ: بند کوچک در هر دره.',
    ]);
    expect(speakerOf(panel, 'بند کوچک در هر دره')).toBeNull();
  });
});

describe('review: a message line', () => {
  it('«در نامهٔ یک عضو پارلمان به رئیس جمهور آمده است:» is the MP’s, not the rest of the line', () => {
    const story = ingestUnderHeadline([
      'در نامهٔ یک عضو پارلمان به رئیس جمهور آمده است:\n«مردم بدخشان از گرسنگی رنج می‌برند.»',
    ]);
    expect(speakerOf(story, 'مردم بدخشان از گرسنگی')).toBe('یک عضو پارلمان');
  });
  it('never replaces a speaker an earlier step gave (a code the report cites)', () => {
    const story = ingestUnderHeadline([
      'A teacher in Kran wa Munjan sent a voice note. پیام صوتی یک معلم ولسوالی کران و منجان که به ما فرستاده: «دو ماه است معاش نگرفته‌ایم», said R07.',
    ]);
    expect(speakerOf(story, 'دو ماه است معاش')).toBe('R07');
  });
});

describe('review: «به من گفت» and a role before a titled name', () => {
  it('«به من گفت» after a sentence with another subject is not the man named before it', () => {
    const story = ingestUnderHeadline([
      'حاجی دوست‌محمد، دلال ۶۰ ساله، از کسادی بازار شکایت دارد. پسرش نجیب‌الله، که شانزده سال دارد، کنار او نشسته بود. به من گفت: «پدرم شب‌ها خواب ندارد.»',
    ]);
    // Neither the man named before nor the words «به من» themselves.
    expect(speakerOf(story, 'پدرم شب‌ها خواب')).toBeNull();
  });
  it('a titled name reported on inside «… گفت که ROLE، TITLE NAME، …» is not the one who goes on', () => {
    const story = ingestUnderHeadline([
      'سخنگوی والی کندز گفت که رئیس پیشین زراعت، انجنیر عبدالواسع، بازداشت شده است. او افزود: «تحقیق جریان دارد.»',
    ]);
    expect(speakerOf(story, 'تحقیق جریان دارد')).toBe('سخنگوی والی کندز');
  });
});
