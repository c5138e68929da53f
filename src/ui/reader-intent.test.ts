// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepEarlyClicks, readerIntent } from './reader-intent.ts';

describe('waking on the reader’s first move', () => {
  it('settles at the first key, pointer, touch, focus, wheel or scroll, not before', async () => {
    let woken = false;
    const intent = readerIntent(window).then(() => (woken = true));
    await Promise.resolve();
    expect(woken).toBe(false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    await intent;
    expect(woken).toBe(true);
  });

  it('presses again the button pressed before waking, once; a link has done its work already', () => {
    document.body.innerHTML =
      '<button type="button" id="b"><span id="inner">Whole story</span></button><a href="#/place/AF19" id="a">Kunduz</a>';
    let pressed = 0;
    const early = keepEarlyClicks(window);
    document.getElementById('a')!.click();
    document.getElementById('inner')!.click();
    document.getElementById('b')!.addEventListener('click', () => pressed++);
    early.replay();
    expect(pressed).toBe(1);
    early.replay();
    expect(pressed).toBe(1);
    // A link pressed last: the address has changed, nothing is pressed again.
    const late = keepEarlyClicks(window);
    document.getElementById('inner')!.click();
    document.getElementById('a')!.click();
    late.replay();
    expect(pressed).toBe(2);
  });

  it('keeps a place link to the places page on this page, at the place’s address', () => {
    history.replaceState(null, '', '/stories/a/');
    document.body.innerHTML =
      '<a href="places/#/place/AF19" id="p">Kunduz</a><a href="other/#/place/AF18" id="o">Other</a>';
    const early = keepEarlyClicks(window, 'places/');
    const click = (id: string) => {
      const e = new MouseEvent('click', { bubbles: true, cancelable: true });
      document.getElementById(id)!.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(click('p')).toBe(true);
    expect(location.pathname).toBe('/stories/a/');
    expect(location.hash).toBe('#/place/AF19');
    // Another page's link is left to the browser.
    expect(click('o')).toBe(false);
    early.replay();
  });
});
