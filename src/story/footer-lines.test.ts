import { describe, expect, it } from 'vitest';
import { isFooterLinks, isMailingFoot, isOfficeAddress } from './footer-lines.ts';

describe('isFooterLinks', () => {
  it('reads a footer line of links', () => {
    expect(
      isFooterLinks('© 2026 North Post. All rights reserved. | About us | Contact | Privacy policy'),
    ).toBe(true);
    expect(isFooterLinks('Contact us • Advertise with us • Terms of use')).toBe(true);
  });
  it('does not read a menu or a sentence as one', () => {
    expect(isFooterLinks('Home | News | Provinces | Sport')).toBe(false);
    expect(isFooterLinks('Readers can contact the desk about privacy concerns.')).toBe(false);
  });
});

describe('isOfficeAddress', () => {
  it.each([
    'Taloqan office: Main road, Taloqan, Takhar province',
    'Head office: Shahr-e-Naw, Kabul. Regional office: Kunduz',
    'Faizabad bureau: Main bazaar, near the Kokcha bridge, Faizabad',
  ])('reads %s as an office address', (line) => {
    expect(isOfficeAddress(line)).toBe(true);
  });
  it.each([
    'Khanabad office: the district clinic will open on Monday, officials said.',
    'The Kunduz office of the agency closed on Monday.',
    'Address: the governor spoke to elders in Archi.',
  ])('does not read %s as one', (line) => {
    expect(isOfficeAddress(line)).toBe(false);
  });
});

describe('isMailingFoot', () => {
  it("reads a mailing's links after its notice, in English and Dari", () => {
    expect(
      isMailingFoot('You signed up at northletter.af. Unsubscribe | Forward to a friend | Kabul · Kunduz'),
    ).toBe(true);
    expect(isMailingFoot('View in browser · Manage your preferences')).toBe(true);
    expect(isMailingFoot('در سایت ما مشترک شده‌اید. لغو اشتراک | ارسال برای دوستان | کابل')).toBe(true);
  });
  it('does not read one link, a menu or a sentence about unsubscribing as one', () => {
    expect(isMailingFoot('Thanks for reading. Unsubscribe | Kabul · Kunduz')).toBe(false);
    expect(isMailingFoot('Home | News | Provinces | Sport')).toBe(false);
    expect(isMailingFoot('Farmers in Kunduz can unsubscribe from the alerts by text, the agency said.')).toBe(
      false,
    );
  });
});
