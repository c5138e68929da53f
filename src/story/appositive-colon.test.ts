import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// "Name, head of the department in Kunduz province, said:" closing a paragraph, the quotation opening the next:
// the verb follows the comma that ends the appositive, so the person the sentence introduces speaks — whatever
// word (a place, "province", "district") stands right before the verb.

describe('a paragraph ending "Name, description, said:" before the quotation', () => {
  it("gives the next paragraph's quotation, in English or Dari, to the person introduced", () => {
    const story = ingestUnderHeadline([
      'The queues at the passport office are longer than last year. Engineer Sabira Latifi, director of the office in Takhar province, said:',
      '“Two hundred people come each morning and the printer works for half of them.”',
      'Mawlawi Habibullah Ahmadi, head of the water department in Baghlan district, told reporters:',
      '«آب نهر تا آخر ماه به همه قریه‌ها می‌رسد و نوبت آن را شورای قریه تعیین می‌کند.»',
    ]);
    expect(speakerOf(story, 'Two hundred people come')).toBe('Engineer Sabira Latifi');
    expect(speakerOf(story, 'آب نهر تا آخر ماه')).toBe('Mawlawi Habibullah Ahmadi');
  });

  it('near miss: a person named in an earlier sentence is not who "the officials … said:" means', () => {
    const story = ingestUnderHeadline([
      'Engineer Sabira Latifi runs the passport office. Then the officials, tired after the long day, said:',
      '“Two hundred people come each morning and the printer works for half of them.”',
    ]);
    expect(speakerOf(story, 'Two hundred people come')).not.toBe('Engineer Sabira Latifi');
  });

  it("near miss: a person named inside another subject's sentence is not who speaks", () => {
    const story = ingestUnderHeadline([
      'The council, in a reply to Dr Wahida Samadi, the head of the surgical ward in Kunduz province, said:',
      '“Every ward is already full and the budget is spent.”',
      'The school, where Hamid Rasuli, a teacher from Imam Sahib, taught for ten years, said in a statement:',
      '“The building will be repaired before the winter term.”',
    ]);
    expect(speakerOf(story, 'Every ward is already')).not.toBe('Dr Wahida Samadi');
    expect(speakerOf(story, 'The building will be')).not.toBe('Hamid Rasuli');
  });
});
