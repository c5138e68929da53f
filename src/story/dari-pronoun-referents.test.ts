import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';

describe('a person named inside another person’s Dari appositive', () => {
  it('is a possessor: the pronoun after the introduction means the person introduced', () => {
    const story = ingestUnderHeadline([
      'حاجی نصرالله، باغدار هفتادساله، هر صبح درختان انار را آب می‌دهد. «این باغ از پدرم مانده است،» حاجی نصرالله می‌گوید.',
      'فریدون، پسر ۲۲ سالهٔ حاجی نصرالله، هم در باغ کار می‌کند. او سه سال در ترکیه کارگری کرده بود و پارسال برگشت.',
      '«من برای پول رفتم. حالا که برگشتم، پولی نمانده،» او می‌گوید و سر تکان می‌دهد.',
      'او از راه برگشتش هم قصه می‌کند. «در هر ایستگاه پولیس پاسپورت ما را می‌دید و می‌خندید.»',
    ]);
    expect(speakerOf(story, 'من برای پول رفتم')).toBe('فریدون');
    expect(speakerOf(story, 'در هر ایستگاه پولیس')).toBe('فریدون');
  });

  it('reads a daughter named with her father the same way', () => {
    const story = ingestUnderHeadline([
      'ملا عبدالباقی، امام مسجد قریه، هر جمعه مردم را به حشر دعوت می‌کند. «جوی را باید پیش از بهار پاک کنیم،» ملا عبدالباقی گفت.',
      'گلالی، دختر بزرگ ملا عبدالباقی، در خانه به دختران قریه درس می‌دهد و شب‌ها قرآن می‌خواند.',
      '«دختران قریه هر روز با کتابچه‌های کهنه می‌آیند،» او گفت.',
    ]);
    expect(speakerOf(story, 'دختران قریه هر روز')).toBe('گلالی');
  });

  it('is the subject again once a sentence opens on them', () => {
    const story = ingestUnderHeadline([
      'حاجی نصرالله، باغدار هفتادساله، هر صبح درختان انار را آب می‌دهد. «این باغ از پدرم مانده است،» حاجی نصرالله می‌گوید.',
      'فریدون، پسر ۲۲ سالهٔ حاجی نصرالله، هم در باغ کار می‌کند. حاجی نصرالله اما از آیندهٔ باغ نگران است.',
      '«اگر آب کم شود، این درختان یک سال هم دوام نمی‌آورند،» او می‌گوید.',
    ]);
    expect(speakerOf(story, 'اگر آب کم شود')).toBe('حاجی نصرالله');
  });
});

describe('a Dari pronoun after an anonymous source that spoke', () => {
  const official =
    'انجنیر شکیب احمدی، رئیس آبیاری ولایت، گفت که کار کانال تا خزان تمام می‌شود. «پول آن را یک موسسه داده است،» آقای احمدی افزود.';

  it('means the source, though a person was named just before it', () => {
    const story = ingestUnderHeadline([
      official,
      'یک دهقان پیر که زمینش در کنار کانال است و نخواست نامش گفته شود، می‌گوید آب امسال دیر رسید. «تا آب برسد، نصف نهال‌ها خشک شده بود،» او گفت.',
      'او می‌گوید پسرانش پارسال برای کار به شهر رفتند، «چون از زمین دیگر نان بیرون نمی‌شود»، اما یکی‌شان برگشت.',
    ]);
    expect(speakerOf(story, 'از زمین دیگر نان')).toContain('یک دهقان پیر');
  });

  it('reads "گفت که" as the source speaking too', () => {
    const story = ingestUnderHeadline([
      official,
      'یک میراب که سال‌ها آب این جوی را تقسیم کرده است، به ما گفت که نوبت آب حالا هر هفته جنگ می‌آورد.',
      '«هر کس می‌خواهد اول آب به زمین او برسد،» او گفت.',
    ]);
    expect(speakerOf(story, 'هر کس می‌خواهد اول آب')).toContain('یک میراب');
  });

  it('does not follow a source that only stood in the scene', () => {
    const story = ingestUnderHeadline([
      official,
      'یک میراب که سال‌ها آب این جوی را تقسیم کرده است، بیلش را بر شانه گذاشت و به سوی بند رفت.',
      '«هر کس می‌خواهد اول آب به زمین او برسد،» او گفت.',
    ]);
    expect(speakerOf(story, 'هر کس می‌خواهد اول آب') ?? '').not.toContain('یک میراب');
  });
});

describe('a Dari office-holder opening a sentence after a phrase of time', () => {
  const doctor =
    'یک نرس شفاخانه که هشت سال در این ولسوالی خدمت کرده، برایم گفت: «واکسین هست، اما یخچال نداریم.»';

  it('is who the next "او گفت" means, after "دو سال پیش،" or "پارسال"', () => {
    const story = readWithCountry(
      [
        'سرکی که هرگز نرسید',
        doctor,
        'دو سال پیش، ولسوال کشم در جرگهٔ قریه برای ما قول داد. او گفت: «سرک شما امسال قیر می‌شود.»',
        'پارسال والی تخار به قریهٔ ما آمد و با موسفیدان دیدار کرد. او گفت: «مکتب شما تا خزان ساخته می‌شود.»',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'سرک شما امسال قیر')).toBe('ولسوال کشم');
    expect(speakerOf(story, 'مکتب شما تا خزان')).toBe('والی تخار');
  });

  it('leaves a sentence about people who hold no office to the source before', () => {
    const story = readWithCountry(
      [
        'سرکی که هرگز نرسید',
        doctor,
        'دو سال پیش، مردم قریه از کشم تا تالقان پیاده رفتند. او گفت: «بیماران را هم همین‌طور بردیم.»',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'بیماران را هم')).toContain('یک نرس شفاخانه');
  });
});

describe('an anonymous Dari source in an office whose name is a list', () => {
  it('is introduced with the list, so the "او گفت" of the next paragraph is theirs', () => {
    const story = ingestUnderHeadline([
      'حاجی نصرالله، باغدار هفتادساله، هر صبح درختان انار را آب می‌دهد. «این باغ از پدرم مانده است،» حاجی نصرالله می‌گوید.',
      'یک کارمند ریاست انرژی، آب و منابع طبیعی که اجازهٔ صحبت با رسانه‌ها را نداشت، گفت که سطح آب چاه‌ها هر سال پایین‌تر می‌رود.',
      '«در بعضی قریه‌ها چاه‌ها در پنج سال ده متر خشک شده‌اند و این ارقام از اندازه‌گیری خود ماست،» او گفت.',
    ]);
    expect(speakerOf(story, 'چاه‌ها در پنج سال')).toContain('یک کارمند ریاست انرژی، آب و منابع طبیعی');
  });

  it('is not joined across a comma that closes no list', () => {
    const story = ingestUnderHeadline([
      'حاجی نصرالله، باغدار هفتادساله، هر صبح درختان انار را آب می‌دهد. «این باغ از پدرم مانده است،» حاجی نصرالله می‌گوید.',
      'در همین حال، یک کارمند ریاست آبیاری که نخواست نامش گفته شود، گفت که کانال تا بهار ترمیم می‌شود.',
    ]);
    expect(story.speakers.some((s) => s.name.startsWith('در همین حال'))).toBe(false);
  });
});
