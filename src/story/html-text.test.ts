import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html-text.ts';
import { markdownToText } from './markdown-text.ts';
import { segmentArticle } from './paragraphs.ts';

describe('htmlToText', () => {
  const page = `<!doctype html>
<html><head><title>Site name</title><style>p { color: red }</style>
<script>document.write("<p>injected</p>")</script></head>
<body>
  <nav><a href="/">Home</a></nav>
  <article>
    <h1>Bridge Reopens Over The River</h1>
    <p class="lede">Workers   finished the
      new span on <b>Monday</b>, &amp; traffic
      resumed at dawn.</p>
    <!-- <p>a comment is not text</p> -->
    <h2>What Comes Next</h2>
    <p>Engineers say the road &ldquo;will hold&rdquo; this winter.<br>A second line after a break.</p>
    <ul><li>First point</li><li>Second&nbsp;point</li></ul>
    <figure><img src="x.jpg" alt="a photo"><figcaption>The new span (AFP)</figcaption></figure>
    <button onclick="alert(1)">Share</button>
    <svg><text>chart label</text></svg>
  </article>
</body></html>`;

  it('keeps paragraphs and subheads, one block each, and drops markup, scripts and styles', () => {
    expect(htmlToText(page).split('\n\n')).toEqual([
      'Home',
      'Bridge Reopens Over The River',
      'Workers finished the new span on Monday, & traffic resumed at dawn.',
      'What Comes Next',
      'Engineers say the road “will hold” this winter.\nA second line after a break.',
      'First point',
      'Second point',
      'The new span (AFP)',
    ]);
  });

  it('never lets a script or a tag through as text', () => {
    const text = htmlToText(
      '<p>Safe<script>alert("<b>x</b>")</script> text<img src=x onerror="alert(1)"></p>',
    );
    expect(text).toBe('Safe text');
    expect(htmlToText('<p>a > b and c < d</p><p>x</p>')).toBe('a > b and c < d\n\nx');
  });

  it('gives the engine a headline, a section and body paragraphs', () => {
    const seg = segmentArticle(htmlToText(page));
    expect(seg.title).toBe('Bridge Reopens Over The River');
    expect(seg.sections.map((s) => s.title)).toEqual(['What Comes Next']);
    expect(seg.removed.map((r) => [r.text, r.reason])).toContainEqual(['Home', 'navigation']);
  });

  it('keeps preformatted text as it is and decodes numeric entities', () => {
    expect(htmlToText('<pre>  a\n   b</pre><p>&#1705;&#x627;&#0;</p>')).toBe('  a\n   b\n\nکا');
  });

  it('tells markup from an article that happens to contain a "<"', () => {
    expect(looksLikeHtml('<p>Text</p>')).toBe(true);
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('Prices rose by <5% in Kunduz')).toBe(false);
  });
});

describe('markdownToText', () => {
  it('keeps headings as subhead lines and drops emphasis, links and images', () => {
    const md = [
      '# Bridge Reopens Over The River',
      '',
      'Workers finished the **new span** on _Monday_, see [the report](https://example.org/r).',
      '![a photo](x.jpg)',
      '',
      '## What Comes Next',
      'Engineers say the road will hold.',
      '',
      '> "We are ready," the foreman said.',
      '',
      '- snake_case_word stays',
    ].join('\n');
    expect(markdownToText(md).split('\n\n')).toEqual([
      'Bridge Reopens Over The River',
      'Workers finished the new span on Monday, see the report.',
      'What Comes Next',
      'Engineers say the road will hold.',
      '"We are ready," the foreman said.',
      'snake_case_word stays',
    ]);
  });
});
