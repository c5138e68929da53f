import { describe, expect, it } from 'vitest';
import { messageSender } from './dari-messages.ts';

describe('messageSender', () => {
  it('reads the sender of a voice message or a letter on the line before the colon', () => {
    const line = '🎙 پیام صوتی یک باشندهٔ قریهٔ سرآب که دیشب فرستاده:';
    expect(messageSender(line, line.length)?.role).toBe('یک باشندهٔ قریهٔ سرآب');
    const letter = '۹:۴۰ — نامهٔ یک دهقان بی‌زمین از ولسوالی چال:';
    expect(messageSender(letter, letter.length)?.role).toBe('یک دهقان بی‌زمین از ولسوالی چال');
  });
  it('reads no sender when the message names none or the line is no message', () => {
    const unnamed = 'پیام صوتی به دست ما رسیده که فرستنده‌اش معلوم نیست:';
    expect(messageSender(unnamed, unnamed.length)).toBeNull();
    const said = 'یک باشندهٔ قریه گفت:';
    expect(messageSender(said, said.length)).toBeNull();
  });
});
