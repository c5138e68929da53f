// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CODE_LIST_ID, afterFirstPaint, afterNextPaint, fetchCode, readerCode } from './after-paint.ts';

describe('after the first paint', () => {
  /** A loaded page's window; `paints` stands in for the browser's paint timing, when it reports it. */
  function loadedWindow(paints?: { fcp: () => void }) {
    let frames = 0;
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(private report: (list: { getEntriesByName(n: string): unknown[] }) => void) {}
      observe() {
        paints!.fcp = () =>
          this.report({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
      }
      disconnect() {}
    }
    const win = {
      document: { readyState: 'complete' },
      requestAnimationFrame: (f: FrameRequestCallback) => {
        frames++;
        return setTimeout(() => f(0), 0);
      },
      setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
      ...(paints ? { PerformanceObserver: FakeObserver } : {}),
    } as unknown as Window;
    return { win, frames: () => frames };
  }

  const settledAfter = async (p: Promise<void>, ms: number) => {
    let settled = false;
    void p.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, ms));
    return settled;
  };

  it('settles once the first contentful paint is on screen, not at the load', async () => {
    const paints = { fcp: () => {} };
    const { win, frames } = loadedWindow(paints);
    const painted = afterFirstPaint(win);
    expect(await settledAfter(painted, 30)).toBe(false);
    paints.fcp();
    await painted;
    expect(frames()).toBe(0);
  });

  it('where paints are not reported, settles after the load and a frame, not before', async () => {
    const { win, frames } = loadedWindow();
    let settled = false;
    const painted = afterFirstPaint(win).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await painted;
    expect(frames()).toBe(1);
  });

  it('a page that never paints (a background tab) settles after the wait', async () => {
    const { win } = loadedWindow({ fcp: () => {} });
    const painted = afterFirstPaint(win, 20);
    expect(await settledAfter(painted, 5)).toBe(false);
    expect(await settledAfter(painted, 60)).toBe(true);
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

  it('fetches the code in the request mode the app’s own requests use, prefetched or preloaded', () => {
    document.head.innerHTML = '';
    fetchCode(document, ['data/story.json', 'assets/client-1.js']);
    fetchCode(document, ['assets/app-2.js'], 'modulepreload');
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link')];
    expect(links.map((l) => [l.rel, l.getAttribute('href'), l.crossOrigin])).toEqual([
      ['prefetch', 'data/story.json', 'anonymous'],
      ['prefetch', 'assets/client-1.js', 'anonymous'],
      ['modulepreload', 'assets/app-2.js', 'anonymous'],
    ]);
  });
});

describe('after the next paint', () => {
  /** A window whose frames come when the test says, and whose timers are the test's own. */
  function framedWindow() {
    const frames: FrameRequestCallback[] = [];
    const win = {
      requestAnimationFrame: (f: FrameRequestCallback) => frames.push(f),
      cancelAnimationFrame: (id: number) => void (frames[id - 1] = () => {}),
      setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    } as unknown as Window;
    const frame = () => frames.splice(0).forEach((f) => f(0));
    return { win, frame };
  }
  const tick = (ms = 0) => new Promise((done) => setTimeout(done, ms));

  it('runs the work in a task after the next frame, not in the frame and not before it', async () => {
    const { win, frame } = framedWindow();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('work'), win, 1000);
    await tick();
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]);
    await tick();
    expect(ran).toEqual(['work']);
    frame();
    await tick();
    expect(ran).toEqual(['work']);
  });

  it('runs it after the wait where no frame comes (a hidden tab), and once', async () => {
    const { win, frame } = framedWindow();
    let runs = 0;
    afterNextPaint(() => runs++, win, 10);
    await tick(30);
    expect(runs).toBe(1);
    frame();
    await tick();
    expect(runs).toBe(1);
  });

  it('cancelled, never runs it', async () => {
    const { win, frame } = framedWindow();
    let runs = 0;
    const cancel = afterNextPaint(() => runs++, win, 10);
    cancel();
    frame();
    await tick(30);
    expect(runs).toBe(0);
  });
});
