import { describe, expect, it } from 'vitest';
import { isOutletBlurb, isOutletTagline } from './outlet-blurb.ts';

describe('isOutletBlurb: an outlet describing itself or pointing to its series', () => {
  it('reads an outlet’s self-description, in English and Dari', () => {
    expect(
      isOutletBlurb('Pamir Light is an independent, reader-funded newsroom covering the north-east.'),
    ).toBe(true);
    expect(isOutletBlurb('The Amu Weekly is a bilingual magazine published in Kunduz since 2019.')).toBe(
      true,
    );
    expect(isOutletBlurb('Northern Lens is an Afghan photo agency with staff in four provinces.')).toBe(true);
    expect(isOutletBlurb('کوکچه‌پرس رسانه‌ای مستقل است که از فیض‌آباد گزارش می‌دهد.')).toBe(true);
    expect(isOutletBlurb('هفته‌نامهٔ شمال نشریه‌ای غیرانتفاعی است و در کندز چاپ می‌شود.')).toBe(true);
  });

  it('reads a teaser for the series’ next story', () => {
    expect(isOutletBlurb('Next in this series: the salt cutters of Namak Ab and the road to Taloqan.')).toBe(
      true,
    );
    expect(isOutletBlurb('Coming next: the women who weave carpets for the bazaar of Taloqan.')).toBe(true);
    expect(
      isOutletBlurb('This photo story is part of “Hands of the North”, a year of work in four provinces.'),
    ).toBe(true);
    expect(isOutletBlurb('بخش بعدی: زنان قالین‌باف در ولسوالی اشکمش.')).toBe(true);
  });

  it('leaves reporting that only names a town, a paper, a desk or what comes next', () => {
    for (const text of [
      'Taloqan is a market town where the weekly paper still sells out.',
      'Taloqan is a town whose newspaper closed in the winter.',
      'Khwaja Ghar is a series of villages strung along the river.',
      'Abdul Karim is a desk clerk at the district office in Taloqan.',
      'Next-door, a widow spins wool for the same trader from Taloqan.',
      'Next week the families will carry the rope to the bazaar in Taloqan.',
      'Coming up the valley from Taloqan, the traders stop at every roof.',
      'In the next part of the valley, nearer Taloqan, the families grow the hemp themselves.',
      'قسمت بعدی راه از خواجه غار تا تالقان هنوز خامه است.',
      'رادیو محلی تالقان تنها رسانه‌ای است که صدایش به روستاهای خواجه غار می‌رسد.',
    ])
      expect(isOutletBlurb(text), text).toBe(false);
  });
});

describe("isOutletTagline: an outlet's name and what it makes", () => {
  it('reads a name, a dash, a bar or a dot, and the tagline, in English and Dari', () => {
    expect(isOutletTagline('Daricha — independent reporting on northern Afghanistan')).toBe(true);
    expect(isOutletTagline('The Kokcha Dispatch | news from Badakhshan and the Pamirs')).toBe(true);
    expect(isOutletTagline('صدای کوکچه – گزارش‌های مستقل از بدخشان')).toBe(true);
  });
  it('does not read a headline with a colon, a sentence or a subhead', () => {
    expect(isOutletTagline('Keshem blacksmiths: voices from the forge')).toBe(false);
    expect(isOutletTagline('Independent reporting from Badakhshan remains rare, she said.')).toBe(false);
    expect(isOutletTagline('آهنگران کشم: صدای چکش پیش از فصل درو')).toBe(false);
    expect(isOutletTagline('Kunduz — traders fear a second winter of closed roads')).toBe(false);
  });
});
