import { describe, expect, it } from 'vitest';
import { isContributorCredit } from './contributor-lines.ts';

describe('isContributorCredit', () => {
  it.each([
    'Northern Wire correspondents in Kunduz, Khanabad and Imam Sahib contributed to this report.',
    'Sayed Rahim in Faizabad and Nazifa Sultani in Kunduz contributed reporting. Editing by Omar Jalali.',
    'Staff reporters in Taloqan also contributed reporting to this story.',
  ])('reads %s as a contributor credit', (line) => {
    expect(isContributorCredit(line)).toBe(true);
  });

  it.each([
    'Villagers in Warsaj contributed to this year\u2019s repairs of the road.',
    'Traders in Kunduz and Taloqan contributed to the fund, the governor said.',
    'Heavy rain in Baghlan contributed to this week\u2019s floods. Officials said 12 homes were lost.',
    '"Our people in Faizabad contributed to this report," she said.',
    'The minister said provincial health officers in Takhar contributed to this report.',
    'More than 40 midwives in Faizabad and Baharak contributed to this report.',
  ])('does not read %s as a contributor credit', (line) => {
    expect(isContributorCredit(line)).toBe(false);
  });
});
