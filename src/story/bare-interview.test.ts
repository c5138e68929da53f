import { describe, expect, it } from 'vitest';
import {
  addressesYou,
  bareAnsweredQuestions,
  isQuestionLine,
  reportsOthers,
  speaksOwnVoice,
  unemphasised,
} from './bare-interview.ts';

const none = (texts: string[]) => texts.map(() => null);

describe('bare-interview: question lines with no label', () => {
  it('strips emphasis marks and reads a short asking line', () => {
    expect(unemphasised('**Why now?**')).toBe('Why now?');
    expect(isQuestionLine('*Why now?*')).toBe(true);
    expect(isQuestionLine('**چرا حالا؟**')).toBe(true);
    expect(isQuestionLine('The road is closed.')).toBe(false);
  });

  it('knows a question put to "you" in English and Dari, and not a name ending in «-تان»', () => {
    expect(addressesYou('What do you need?')).toBe(true);
    expect(addressesYou('کار را چگونه آغاز کردید؟')).toBe(true);
    expect(addressesYou('خانواده‌تان کجاست؟')).toBe(true);
    expect(addressesYou('راه بدخشان تا پاکستان چند روز است؟')).toBe(false);
    expect(addressesYou('Who can apply?')).toBe(false);
  });

  it('finds the questions of an interview and none in a FAQ box', () => {
    const interview = [
      'Intro.',
      'Why did you stay?',
      'Because my mother was ill.',
      'And now?',
      'Now I teach.',
    ];
    expect(bareAnsweredQuestions(none(interview), interview)).toEqual([1, 3]);
    const faq = ['Release.', 'Who can apply?', 'Graduates of grade 12.', 'Is it free?', 'Yes, it is free.'];
    expect(bareAnsweredQuestions(none(faq), faq)).toEqual([]);
  });

  it('counts an answer that ends asking as an answer, not a question', () => {
    const texts = [
      'Intro.',
      'Would you leave?',
      'People ask me that. Who would stay then?',
      'What next?',
      'More work.',
    ];
    expect(bareAnsweredQuestions(none(texts), texts)).toEqual([1, 3]);
  });

  it("knows a reporter's paragraph citing others from an answer in the speaker's own voice", () => {
    expect(reportsOthers('Imports slowed after the crossing closed, officials said.')).toBe(true);
    expect(reportsOthers('به گفتهٔ ریاست زراعت، توزیع تا ماه حمل ادامه دارد.')).toBe(true);
    expect(reportsOthers('An elder told me to go home. I stayed.')).toBe(false);
    expect(reportsOthers('Fewer every year.')).toBe(false);
  });
});

describe('bare-interview: an answer in its own voice', () => {
  it('hears "I" in English and a first-person Dari verb with the pronoun dropped', () => {
    expect(speaksOwnVoice('Three weeks. I told them so.')).toBe(true);
    expect(speaksOwnVoice('کتاب کم داریم و صنف گرم نیست.')).toBe(true);
    expect(speaksOwnVoice('هر روز پیاده به مکتب می‌روم.')).toBe(true);
    expect(speaksOwnVoice('Patients are seen in the order they arrive.')).toBe(false);
    expect(speaksOwnVoice('بیشتر خانواده‌ها به دامنهٔ کوه کوچ می‌کنند.')).toBe(false);
  });

  it('finds no interview in questions to "you" whose answers never speak as "I"', () => {
    const faq = [
      'Release.',
      'Do you need a form?',
      'No, patients are seen in turn.',
      'What should you bring?',
      'A tazkira.',
    ];
    expect(bareAnsweredQuestions(none(faq), faq)).toEqual([]);
  });
});
