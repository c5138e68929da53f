import { describe, expect, it } from 'vitest';
import { dariRoadWithTraffic } from './dari-road-traffic.ts';

const read = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return dariRoadWithTraffic(text, start, start + name.length);
};

describe('dariRoadWithTraffic', () => {
  it('reads a road opened, shut or driven to a word-like name', () => {
    expect(read('آیا راه جرم برای موترهای مسافربری باز است؟', 'جرم')).toBe(true);
    expect(read('راه شهدا از دیروز به دلیل برف‌کوچ بسته است.', 'شهدا')).toBe(true);
  });

  it('leaves the path of crime and a road with no traffic in its clause', () => {
    expect(read('او راه جرم و جنایت را در پیش گرفت.', 'جرم')).toBe(false);
    expect(read('جوانان از راه جرم پول پیدا می‌کنند.', 'جرم')).toBe(false);
    expect(read('بیکاری راه جرم را برای جوانان باز کرده است.', 'جرم')).toBe(false);
  });
});
