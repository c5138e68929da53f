import { describe, expect, it } from 'vitest';
import {
  dariShopSituatedAfter,
  dariTeamEmblemBefore,
  relativeCalledByPlace,
} from './held-names.ts';

/** The span of `name`'s first occurrence in `text`. */
const spanOf = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

describe('dariTeamEmblemBefore', () => {
  it('reads an emblem before a place, a score near, as the team', () => {
    const t = 'پلنگ‌های سالنگ ۱ – ۰ ستارگان کابل';
    expect(dariTeamEmblemBefore(t, spanOf(t, 'سالنگ'))).toBe(true);
  });
  it('leaves a man named Shahin who leaves a place, a match near or not', () => {
    const t = 'شاهین کابل را ترک کرد تا در تیم فوتبال مزار بازی کند.';
    expect(dariTeamEmblemBefore(t, spanOf(t, 'کابل'))).toBe(false);
  });
  it('leaves a man named Shahin where no match is near', () => {
    const t = 'شاهین کابل را دو سال پیش ترک کرد و در مزار دکان باز کرد.';
    expect(dariTeamEmblemBefore(t, spanOf(t, 'کابل'))).toBe(false);
  });
});

describe('relativeCalledByPlace', () => {
  it('reads a relative called by a place with «جان» as a person', () => {
    const t = 'برادرم، کلفگان جان، دیروز آمد.';
    expect(relativeCalledByPlace(t, spanOf(t, 'کلفگان'))).toBe(true);
  });
  it('leaves a life lost in a place', () => {
    const t = 'زلزله در کلفگان جان دو نفر را گرفت.';
    expect(relativeCalledByPlace(t, spanOf(t, 'کلفگان'))).toBe(false);
  });
});

describe('dariShopSituatedAfter', () => {
  it('reads a shop named by a place and situated elsewhere as the shop', () => {
    const t = 'خیاطی تخار واقع در سرک دوم کارته سه است.';
    expect(dariShopSituatedAfter(t, spanOf(t, 'تخار'))).toBe(true);
  });
  it('leaves a shop said to be in the place', () => {
    const t = 'خیاطی در تخار، واقع در بازار کهنه، باز است.';
    expect(dariShopSituatedAfter(t, spanOf(t, 'تخار'))).toBe(false);
  });
});
