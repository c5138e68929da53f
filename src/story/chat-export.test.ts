import { describe, expect, it } from 'vitest';
import { isChatSystemLine, messageHeadEnd } from './chat-export.ts';
import { ingest, placesOf } from './test-helpers.ts';

describe('a chat export: stamps, senders and the app’s own lines are apparatus, the messages the text', () => {
  it('finds where a message starts after its stamp and sender, in both export styles', () => {
    const ios = '[03/02/2026, 09:14] Karim Taloqani: the road is open again';
    expect(ios.slice(messageHeadEnd(ios) ?? 0)).toBe('the road is open again');
    const android = '3/2/26, 9:14 PM - +93 79 555 0101: sending photos now';
    expect(android.slice(messageHeadEnd(android) ?? 0)).toBe('sending photos now');
    expect(messageHeadEnd('Kunduz: the road is open again')).toBeNull();
  });

  it('knows the app’s own lines and the messages it does not carry', () => {
    expect(isChatSystemLine('[03/02/2026, 09:10] Laila Noori created group "Seed distribution"')).toBe(true);
    expect(isChatSystemLine('[03/02/2026, 09:11] Laila Noori added Karim Taloqani, Wahid Jurmi')).toBe(true);
    expect(isChatSystemLine('[03/02/2026, 09:20] Wahid Jurmi: <Media omitted>')).toBe(true);
    expect(isChatSystemLine('3/2/26, 9:21 PM - Wahid Jurmi: This message was deleted')).toBe(true);
    expect(isChatSystemLine('[03/02/2026, 09:22] Wahid Jurmi: I added two sacks to the list')).toBe(false);
  });

  it('links no place in the app’s own lines, and the places in the messages', () => {
    const story = ingest([
      'Seed distribution group',
      'The chat below was shared by one of its members, who asked us to keep the numbers out of it.',
      [
        '[03/02/2026, 09:11] Laila Noori added Karim Taloqan, Wahid Kunduz',
        '[03/02/2026, 09:14] Karim Jan: the trucks left Faizabad at six',
        '[03/02/2026, 09:20] Wahid Jan: <Media omitted>',
        '[03/02/2026, 09:22] Wahid Jan: waiting for them at the bridge',
      ].join('\n'),
    ]);
    expect(placesOf(story)).toEqual([['Faizabad', 'AF1701']]);
    expect(story.removed.map((r) => r.text)).toContain('[03/02/2026, 09:20] Wahid Jan: <Media omitted>');
  });
});
