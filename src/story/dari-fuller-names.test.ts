import { describe, expect, it } from 'vitest';
import { dariGivenNames, dariGivenNamesAfterCourtesy, indexDariGivenNames } from './dari-fuller-names.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A Dari report names a person in full once, with the title, and then by title and surname only: the short name
// is the full one. Without capitals, only the words between the same title and the surname are given names.

describe('a Dari title and surname after the full name', () => {
  it('«مولوی صافی می‌گوید» after «مولوی عبدالرحیم صافی» named in narration is the full name', () => {
    const story = ingestUnderHeadline([
      'مولوی عبدالرحیم صافی هر روز پیش از آفتاب به کنار جوی خشک می‌رود.',
      '«پنج سال پیش این جوی تا لب پر از آب بود،» مولوی صافی می‌گوید.',
    ]);
    expect(speakerOf(story, 'پنج سال پیش')).toBe('مولوی عبدالرحیم صافی');
  });

  it('two given names, named in full only after the short name has spoken with «گفت»', () => {
    const story = ingestUnderHeadline([
      'انجنیر وحیدی گفت: «سرک تا آخر هفته باز می‌شود.»',
      'انجنیر فرید احمد وحیدی سه سال است که سرک‌های این ولایت را می‌سازد و برف را پاک می‌کند.',
      'انجنیر وحیدی گفت: «ماشین‌ها از کابل رسیده‌اند.»',
    ]);
    expect(speakerOf(story, 'سرک تا آخر')).toBe('انجنیر فرید احمد وحیدی');
    expect(speakerOf(story, 'ماشین‌ها از کابل')).toBe('انجنیر فرید احمد وحیدی');
  });

  it('near miss: a father and a son under the same title and surname leave the short name as written', () => {
    const story = ingestUnderHeadline([
      'حاجی نورالله کریمی و پسرش حاجی امان‌الله کریمی هر دو در بازار دکان دارند.',
      '«امسال قیمت آرد دو برابر شده است،» حاجی کریمی می‌گوید.',
    ]);
    expect(speakerOf(story, 'امسال قیمت آرد')).toBe('حاجی کریمی');
  });

  it('words that are no name between the title and surname (a particle, a comma) give none', () => {
    expect(dariGivenNames(indexDariGivenNames(['حاجی که نورزی آمد']), ['حاجی'], 'نورزی')).toBeNull();
    expect(dariGivenNames(indexDariGivenNames(['حاجی، دیروز نورزی آمد']), ['حاجی'], 'نورزی')).toBeNull();
    expect(dariGivenNames(indexDariGivenNames(['حاجی نورزی‌ها آمدند']), ['حاجی'], 'نورزی')).toBeNull();
    expect(dariGivenNames(indexDariGivenNames(['حاجی عبدالغفور نورزی آمد']), ['حاجی'], 'نورزی')).toBe(
      'عبدالغفور',
    );
  });
});

describe('near misses: words after a Dari title that are no given names', () => {
  it.each([
    ['a time word', 'حاجی دیروز وحدتی را در سرای میوه دید و با او نان خورد.', 'حاجی وحدتی'],
    ['a kin noun', 'حاجی پدر وحدتی بود و چهل سال در این دره گوسفند چراند.', 'حاجی وحدتی'],
    [
      'a body and its adjective',
      'انجنیر شرکت برق‌رسانی وحدتی گفت که سیم‌ها تا بهار کشیده می‌شود.',
      'انجنیر وحدتی',
    ],
    ['a building', 'مولوی مسجد کهنهٔ وحدتی هر شام درس می‌دهد.', 'مولوی وحدتی'],
    [
      'a role in the plural and a noun with its ezafe',
      'داکتر کودکان درمانگاهٔ وحدتی گفت که واکسین کم است.',
      'داکتر وحدتی',
    ],
  ])('%s', (_, intro, short) => {
    const story = ingestUnderHeadline([intro, `«کار ما بی‌پایان است،» ${short} گفت.`]);
    expect(speakerOf(story, 'کار ما بی‌پایان')).toBe(short);
  });
});

describe('dariGivenNamesAfterCourtesy', () => {
  const index = indexDariGivenNames([
    'انجنیر شفیع‌الله رحمانی گزارش را نوشت.',
    'حاجی عبدالله کریمی و انجنیر محمدنسیم کریمی آمدند.',
  ]);
  it('reads the given names under any title for «آقای» or «خانم» alone', () => {
    expect(dariGivenNamesAfterCourtesy(index, ['آقای'], 'رحمانی')).toBe('شفیع‌الله');
    // «خانم رحمانی» is never the man «انجنیر شفیع‌الله رحمانی» (his wife, say).
    expect(dariGivenNamesAfterCourtesy(index, ['خانم'], 'رحمانی')).toBeNull();
  });
  it('reads none for another title, for two people of one surname, or for no title', () => {
    expect(dariGivenNamesAfterCourtesy(index, ['حاجی'], 'رحمانی')).toBeNull();
    expect(dariGivenNamesAfterCourtesy(index, ['آقای'], 'کریمی')).toBeNull();
    expect(dariGivenNamesAfterCourtesy(index, [], 'رحمانی')).toBeNull();
  });
});
