import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import {
  dariShopSituatedAfter,
  dariTeamEmblemBefore,
  namesProvinceOrCapital,
  relativeCalledByPlace,
} from './held-names.ts';
import { normalizeName } from './normalize.ts';
import { buildPlaceIndex } from './place-index.ts';

const index = buildPlaceIndex(builtGazetteer());
/** The gazetteer's ids for `name`, of one kind. */
const idsOf = (name: string, kind: string) =>
  (index.exact.get(normalizeName(name)) ?? []).filter((id) => index.entries.get(id)?.kind === kind);

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
  it('reads an English relative called by a place with "jan", and leaves a date\'s "Jan"', () => {
    const t = 'Her aunt, Baharak jan, came to stay.';
    expect(relativeCalledByPlace(t, spanOf(t, 'Baharak'))).toBe(true);
    const d = 'The convoy reached Baharak Jan 5.';
    expect(relativeCalledByPlace(d, spanOf(d, 'Baharak'))).toBe(false);
  });
});

describe('namesProvinceOrCapital', () => {
  it('reads «کابل جان» as the province or its capital, by either id', () => {
    expect(namesProvinceOrCapital(idsOf('کابل', 'province'), index)).toBe(true);
    expect(namesProvinceOrCapital(idsOf('هرات', 'district'), index)).toBe(true);
  });
  it('leaves a district that holds no capital', () => {
    expect(namesProvinceOrCapital(idsOf('کلفگان', 'district'), index)).toBe(false);
  });
});

describe('dariShopSituatedAfter', () => {
  it('reads a shop named by a place and situated elsewhere as the shop', () => {
    const t = 'خیاطی تخار واقع در سرک دوم کارته سه است.';
    expect(dariShopSituatedAfter(t, spanOf(t, 'تخار'))).toBe(true);
  });
  it("leaves the town's oldest shop, situated or not", () => {
    const t = 'قدیمی‌ترین قنادی هرات، واقع در چوک گلها، هنوز باز است.';
    expect(dariShopSituatedAfter(t, spanOf(t, 'هرات'))).toBe(false);
  });
  it('leaves a shop said to be in the place', () => {
    const t = 'خیاطی در تخار، واقع در بازار کهنه، باز است.';
    expect(dariShopSituatedAfter(t, spanOf(t, 'تخار'))).toBe(false);
  });
});
