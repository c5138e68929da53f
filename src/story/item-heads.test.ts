import { describe, expect, it } from 'vitest';
import { isBarItemHead, keepBarItemHeads } from './item-heads.ts';

describe('isBarItemHead', () => {
  it('reads a label, one bar and a headline', () => {
    expect(isBarItemHead('KUNDUZ | A BRIDGE AT LAST IN KHAN ABAD')).toBe(true);
    expect(isBarItemHead('Badakhshan | Two banks, two roads')).toBe(true);
    expect(isBarItemHead('تخار | کشتی درقد دوباره به راه افتاد')).toBe(true);
  });
  it('does not read a menu, a two-word breadcrumb or a sentence', () => {
    expect(isBarItemHead('HOME | KUNDUZ | TAKHAR | OPINION')).toBe(false);
    expect(isBarItemHead('News | Kunduz')).toBe(false);
    expect(isBarItemHead('Kunduz | The ferry ran again. Traders were glad.')).toBe(false);
    expect(isBarItemHead('Unsubscribe | Forward to a friend · Kabul')).toBe(false);
  });
});

describe('keepBarItemHeads', () => {
  const line = (text: string, block: number, kind: string) => ({ text, block, kind });
  it('makes a head between prose and its paragraph a heading again', () => {
    const items = [
      line('Here is the week in the four provinces, in short, as we saw it.', 0, 'body'),
      line('KUNDUZ | A BRIDGE AT LAST', 1, 'navigation'),
      line('A concrete bridge opened on Sunday over the river after two years of work.', 2, 'body'),
    ];
    keepBarItemHeads(items);
    expect(items[1]?.kind).toBe('heading');
  });
  it('leaves a head-shaped line over a headline or a list as navigation', () => {
    const items = [
      line('Here is the week in the four provinces, in short, as we saw it.', 0, 'body'),
      line('NEWS | NORTHERN PROVINCES', 1, 'navigation'),
      line('Floods cut the road to Archi', 2, 'body'),
    ];
    keepBarItemHeads(items);
    expect(items[1]?.kind).toBe('navigation');
  });
});
