import { describe, expect, it } from 'vitest';
import { isOutletBlurb } from './outlet-blurb.ts';

describe('isOutletBlurb: an outlet describing itself or pointing to its series', () => {
  it('reads an outlet’s self-description, in English and Dari', () => {
    expect(
      isOutletBlurb('Pamir Light is an independent, reader-funded newsroom covering the north-east.'),
    ).toBe(true);
    expect(isOutletBlurb('The Amu Weekly is a bilingual magazine published in Kunduz since 2019.')).toBe(
      true,
    );
    expect(isOutletBlurb('کوکچه‌پرس رسانه‌ای مستقل است که از فیض‌آباد گزارش می‌دهد.')).toBe(true);
  });

  it('reads a teaser for the series’ next story', () => {
    expect(isOutletBlurb('Next in this series: the salt cutters of Namak Ab and the road to Taloqan.')).toBe(
      true,
    );
    expect(
      isOutletBlurb('This photo story is part of “Hands of the North”, a year of work in four provinces.'),
    ).toBe(true);
    expect(isOutletBlurb('بخش بعدی: زنان قالین‌باف در ولسوالی اشکمش.')).toBe(true);
  });

  it('leaves reporting that only names a town, a paper or next week', () => {
    expect(isOutletBlurb('Taloqan is a market town where the weekly paper still sells out.')).toBe(false);
    expect(isOutletBlurb('Khwaja Ghar is a district where the newspaper arrives a week late.')).toBe(false);
    expect(isOutletBlurb('Next week the families will carry the rope to the bazaar in Taloqan.')).toBe(false);
    expect(isOutletBlurb('کوچه‌های تالقان در زمستان خاموش است و دکان‌ها زود بسته می‌شود.')).toBe(false);
  });
});
