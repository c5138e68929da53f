import { describe, expect, it } from 'vitest';
import { isAboutWriterBox, isAdvertiserLine } from './page-self-lines.ts';

describe('isAdvertiserLine', () => {
  it.each([
    'برای ثبت آگهی با شمارهٔ دفتر روزنامه در شهر تالقان تماس بگیرید.',
    'To place an ad, visit our office on the main road in Pul-e-Khumri.',
    'Advertising rates: 40 afghanis a line.',
  ])('reads %s as the page’s', (line) => expect(isAdvertiserLine(line)).toBe(true));
  it.each(['To advertiser dismay, the Kunduz market closed.', 'آگهی‌های استخدام در کندز بیشتر شده است.'])(
    'near miss: %s',
    (line) => expect(isAdvertiserLine(line)).toBe(false),
  );
});

describe('isAboutWriterBox', () => {
  it.each([
    'About me — I’m a teacher in Ohio who cooks what my grandmother cooked in Faizabad.',
    'About Farid: I write about the food of Baghlan and Samangan.',
    'About the author: She is a reporter from Kishim.',
  ])('reads %s as a bio', (line) => expect(isAboutWriterBox(line)).toBe(true));
  it('near miss: a line about a town', () =>
    expect(isAboutWriterBox('About Kunduz — the city lost power for six hours on Monday.')).toBe(false));
});
