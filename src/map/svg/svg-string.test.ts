import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../state/store.ts';
import { toyGeography, toyStory } from '../../state/test-fixtures.ts';
import { makeStringNode, svgMarkup } from './svg-string.ts';

// The SVG map as markup, as the build writes it into the prerendered pages and the share cards.

describe('SVG markup', () => {
  it('escapes every text and attribute it writes, and calls a lazy value once, when made', () => {
    let calls = 0;
    const root = makeStringNode('svg', { 'data-x': 'a"b<c>&' }, null);
    const text = makeStringNode('text', { d: () => `M${++calls}` }, root);
    text.textContent = '</svg><script>alert(1)</script> & co';
    expect(calls).toBe(1);
    expect(root.toString()).toBe(
      '<svg data-x="a&quot;b&lt;c&gt;&amp;"><text d="M1">&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text></svg>',
    );
  });

  it('draws the map for a store’s facts: shapes as links to their readings, labels placed in the view', () => {
    const store = createAtlasStore();
    store.getState().loaded({ story: toyStory(), geo: toyGeography() });
    const markup = svgMarkup(store.getState().geo!, store.getState(), { width: 600, height: 400 });
    expect(markup).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain('viewBox="0 0 600 400"');
    for (const id of ['AF19', 'AF18', 'TJK'])
      expect(markup).toMatch(
        new RegExp(`<a href="#/place/${id}" tabindex="-1"><path d="M[^"]+" data-place="${id}"`),
      );
    expect(markup).toMatch(
      /<text [^>]*data-place="AF19" [^>]*transform="translate\([\d.]+ [\d.]+\)"[^>]*>Kunduz</,
    );
    // The districts are drawn when first needed, never in the first view's markup.
    expect(markup).not.toContain('data-layer="district"');
  });
});
