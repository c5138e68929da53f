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
      line('TAKHAR | THE FERRY RUNS AGAIN', 3, 'navigation'),
      line('The ferry at Darqad resumed on Tuesday after the river fell, the district said.', 4, 'body'),
    ];
    keepBarItemHeads(items);
    expect([items[1]?.kind, items[3]?.kind]).toEqual(['heading', 'heading']);
  });
  it('leaves a lone head-shaped link between paragraphs as navigation', () => {
    const items = [
      line('The river rose overnight in Baharak and Jurm, officials said on Monday.', 0, 'body'),
      line("ALSO READ | GIRLS' SCHOOL IN KISHIM CLOSED", 1, 'navigation'),
      line('Families from Jurm waited by the road for tents and food from the government.', 2, 'body'),
    ];
    keepBarItemHeads(items);
    expect(items[1]?.kind).toBe('navigation');
  });
  it('leaves a head-shaped line over a headline or a list as navigation', () => {
    // Two true item heads under it, so the roundup is read and only the neighbours rule can keep it a link.
    const items = [
      line('Here is the week in the four provinces, in short, as we saw it.', 0, 'body'),
      line('NEWS | NORTHERN PROVINCES', 1, 'navigation'),
      line('Floods cut the road to Archi', 2, 'body'),
      line('The water fell by Friday and the first trucks crossed again at noon.', 3, 'body'),
      line('KUNDUZ | A BRIDGE AT LAST', 4, 'navigation'),
      line('A concrete bridge opened on Sunday over the river after two years of work.', 5, 'body'),
      line('TAKHAR | THE FERRY RUNS AGAIN', 6, 'navigation'),
      line('The ferry at Darqad resumed on Tuesday after the river fell, the district said.', 7, 'body'),
    ];
    keepBarItemHeads(items);
    expect([items[1]?.kind, items[4]?.kind, items[6]?.kind]).toEqual(['navigation', 'heading', 'heading']);
  });
});
