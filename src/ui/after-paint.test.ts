// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CODE_LIST_ID, afterFirstPaint, prefetch, readerCode } from './after-paint.ts';

describe('after the first paint', () => {
  it('settles after the load and a frame, not before', async () => {
    let frames = 0;
    const win = {
      document: { readyState: 'complete' },
      requestAnimationFrame: (f: FrameRequestCallback) => {
        frames++;
        return setTimeout(() => f(0), 0);
      },
      setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    } as unknown as Window;
    let settled = false;
    const painted = afterFirstPaint(win).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await painted;
    expect(frames).toBe(1);
  });

  it('reads the listed code under the site’s root, and nothing from a damaged or foreign list', () => {
    const list = (text: string) => {
      document.head.innerHTML = `<script type="application/json" id="${CODE_LIST_ID}">${text}</script>`;
    };
    list('["assets/client-1.js","assets/app-2.js","https://evil.example/x.js","../x.js"]');
    expect(readerCode(document, '../../')).toEqual(['../../assets/client-1.js', '../../assets/app-2.js']);
    list('not json');
    expect(readerCode(document, '')).toEqual([]);
    list('{"a": 1}');
    expect(readerCode(document, '')).toEqual([]);
  });

  it('prefetches in the request mode the app’s own requests use', () => {
    document.head.innerHTML = '';
    prefetch(document, ['data/story.json', 'assets/client-1.js']);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link')];
    expect(links.map((l) => [l.rel, l.getAttribute('href'), l.crossOrigin])).toEqual([
      ['prefetch', 'data/story.json', 'anonymous'],
      ['prefetch', 'assets/client-1.js', 'anonymous'],
    ]);
  });
});
