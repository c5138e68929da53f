import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

const interview = (answers: [string, string]) =>
  ingestUnderHeadline([
    'Roya Amiri, 44, has kept the weather station above the village for a decade.',
    'Q: How did you start?',
    `A: ${answers[0]}`,
    'Q: Who helps you?',
    `A: ${answers[1]}`,
  ]);

describe('an interview answer holding quotation marks is still the interviewee’s speech', () => {
  it('gives the answer around a quoted term, and a quotation the answer gives to "I", to the interviewee', () => {
    const story = interview([
      'My brother read the rain gauge before me, and the shepherds call the instrument "the bottle of heaven" to this day.',
      'Nobody, really. "The snow does not wait for a salary," I used to tell the district office when they forgot to pay me.',
    ]);
    expect(speakerOf(story, 'My brother read the rain gauge')).toBe('Roya Amiri');
    expect(speakerOf(story, 'The snow does not wait')).toBe('Roya Amiri');
  });

  it('leaves a quotation the answer gives to someone else to them, not to the interviewee', () => {
    const story = interview([
      'My brother read the rain gauge before me, for eleven winters in a row.',
      'A herder from the upper valley once came in a storm. He said to me, "Sister, your numbers saved my flock this year." He left a cheese at the door.',
    ]);
    expect(speakerOf(story, 'your numbers saved my flock')).not.toBe('Roya Amiri');
  });

  it('reads a Dari answer around a father’s quoted saying the same way', () => {
    const story = ingestUnderHeadline([
      'با شکیلا نوری، معلم مکتب روستا، گفت‌وگو کرده‌ایم.',
      'س: چرا معلم شدید؟',
      'ج: پدرم همیشه می‌گفت: «مکتب چراغ تاریک‌ترین خانه‌های ده است.» و من هم همین را باور کردم و درس خواندم.',
      'س: شاگردان شما از کجا می‌آیند؟',
      'ج: از سه روستای نزدیک، بعضی‌ها یک ساعت پیاده راه می‌روند.',
    ]);
    expect(speakerOf(story, 'من هم همین را باور کردم')).toBe('شکیلا نوری');
  });
});
