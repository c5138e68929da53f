import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// What stands between a Dari speaker and «گفت» may say when and how, not who: a titled re-mention followed by a
// place or time («حاجی صاحب در آخر دیدار، وقتی …، گفت») is the titled person; a sentence of time and a "with …"
// phrase of manner only («بعد، با لبخندی تلخ، افزود») has dropped its subject, the last speaker's.

describe('Dari: adverbials of time, place and manner before the speech verb', () => {
  it('«حاجی صاحب در …، وقتی …، گفت:» is the one حاجی the piece names in full', () => {
    const story = ingestUnderHeadline([
      'حاجی نورالدین سروری، ۵۸ ساله، در کنار دریا باغ انار دارد.',
      'او می‌گوید امسال آفت زودتر از همیشه آمد.',
      'حاجی صاحب در آخر دیدار، وقتی انارها را در صندوق می‌چید، گفت: «اگر دوا به وقت برسد، باغ نجات می‌یابد.»',
    ]);
    expect(speakerOf(story, 'اگر دوا به وقت')).toBe('حاجی نورالدین سروری');
  });

  it('«و بعد، با لبخندی تلخ، افزود:» and «سپس با صدای آهسته گفت:» go on with the last speaker', () => {
    const story = ingestUnderHeadline([
      'بی‌بی گل‌اندام رحیمی، ۶۷ ساله، سی سال قالین بافته است.',
      'او گفت: «دستانم دیگر مثل جوانی نیست.»',
      'و بعد، با لبخندی تلخ، افزود: «اما نواسه‌ام نقش‌ها را یاد گرفته.»',
      'سپس با صدای آهسته گفت: «این دار را به او می‌دهم.»',
    ]);
    expect(speakerOf(story, 'نواسه‌ام نقش‌ها')).toBe('بی‌بی گل‌اندام رحیمی');
    expect(speakerOf(story, 'این دار را')).toBe('بی‌بی گل‌اندام رحیمی');
  });

  it('near miss: «یکی از همسایه‌هایم به نام X، …» is not cut to «یکی», and a named subject before «با» stays', () => {
    const story = ingestUnderHeadline([
      'دیروز یکی از همسایه‌هایم به نام شیرزاد، مردی پنجاه‌ساله، پس از نماز نزد من آمد و پرسید: «ملا صاحب، اگر آب چشمه نیاید، باغ چه می‌شود؟»',
      'میرآب قریه، عبدالواحد نوری، با خنده گفت: «وقتی برف آب شود.»',
    ]);
    expect(speakerOf(story, 'اگر آب چشمه')).not.toBe('یکی');
    expect(speakerOf(story, 'وقتی برف آب')).toBe('عبدالواحد نوری');
  });
});
