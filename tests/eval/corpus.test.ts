import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, parseArticle } from './corpus.ts';

const HEADER = ['# name: toy', '# lang: mixed', '# kind: wire'];
const file = (header: string[], body: string[]) => [...header, '---', ...body].join('\n');
const parse = (header: string[], body: string[]) => parseArticle(file(header, body), 'toy.txt');
/** The message a bad file gets, with its line. */
const problem = (header: string[], body: string[]) => {
  try {
    parse(header, body);
  } catch (err) {
    if (err instanceof CorpusError) return `${err.line ?? '-'}: ${err.problem}`;
    throw err;
  }
  return 'parsed';
};

describe('parseArticle', () => {
  it('strips the marks and keeps their spans in the text the engine reads', () => {
    const a = parse(
      [...HEADER, '# quote: the road is gone => Abdul Qadir Hamdard | Hamdard', '# note: why Jurm is gold'],
      [
        'FAIZABAD — Floods cut [[Faizabad|AF1701]] off from [[Jurm|AF1710]].',
        '"The road is gone," said Abdul Qadir Hamdard. "the road is gone for [[شهدا|-]]," nobody said.',
      ],
    );
    expect(a).toMatchObject({ name: 'toy', lang: 'mixed', kind: 'wire' });
    expect(a.text).toBe(
      'FAIZABAD — Floods cut Faizabad off from Jurm.\n"The road is gone," said Abdul Qadir Hamdard. "the road is gone for شهدا," nobody said.',
    );
    expect(a.gold).toEqual([
      { start: 22, end: 30, text: 'Faizabad', place: 'AF1701' },
      { start: 40, end: 44, text: 'Jurm', place: 'AF1710' },
    ]);
    for (const g of [...a.gold, ...a.traps]) expect(a.text.slice(g.start, g.end)).toBe(g.text);
    expect(a.traps.map((t) => t.text)).toEqual(['شهدا']);
    expect(a.quotes).toEqual([
      {
        snippet: 'the road is gone',
        speakers: ['Abdul Qadir Hamdard', 'Hamdard'],
        start: a.text.indexOf('the r'),
      },
    ]);
  });

  it('reads "(none)" as a quotation nobody says, and ignores blank header lines', () => {
    const a = parse([...HEADER, '', '# quote: No one came => (none)'], ['"No one came."']);
    expect(a.quotes[0]?.speakers).toBeNull();
  });

  it('names the line and the problem of a bad header', () => {
    expect(problem([...HEADER, '# author: me'], ['x'])).toMatch(/^4: unknown header "author"/);
    expect(problem([...HEADER, 'name: toy'], ['x'])).toMatch(/^4: expected a header line/);
    expect(problem(HEADER, [])).toBe('parsed');
    expect(problem(['# lang: en', '# kind: wire'], ['x'])).toBe('-: header "name" is missing');
    expect(problem(['# name: toy', '# lang: ps', '# kind: wire'], ['x'])).toMatch(/lang "ps" is not one of/);
    expect(problem([...HEADER, '# name: again'], ['x'])).toBe('4: header "name" given twice');
    expect(() => parseArticle(HEADER.join('\n'), 'toy.txt')).toThrow(
      'toy.txt:3: no "---" line ends the header',
    );
    expect(() => parseArticle(file(HEADER, ['x']), 'dev/other.txt')).toThrow(
      /differs from the file name "other"/,
    );
  });

  it('names the line and column of a malformed or nested mark', () => {
    expect(problem(HEADER, ['ok', 'a [[Kunduz]] b'])).toMatch(
      /^6: mark "\[\[Kunduz\]\]" at column 3 has no "\|ID"/,
    );
    expect(problem(HEADER, ['a [[Kunduz|kunduz city]]'])).toMatch(/"kunduz city" is not a place id/);
    expect(problem(HEADER, ['a [[|AF19]]'])).toMatch(/has no text/);
    expect(problem(HEADER, ['a [[ Kunduz|AF19]]'])).toMatch(/spaces around its text/);
    expect(problem(HEADER, ['a [[Kunduz|AF19'])).toBe('5: mark at column 3 is not closed on its line');
    expect(problem(HEADER, ['a Kunduz|AF19]]'])).toBe('5: "]]" without "[[" at column 14');
    expect(problem(HEADER, ['[[Kunduz [[city|AF1901]]|AF19]]'])).toBe('5: nested marks at column 1');
  });

  it('refuses a quote snippet that is missing, repeated or badly written', () => {
    const body = ['"We wait," he said. "We wait," she said.'];
    expect(problem([...HEADER, '# quote: we starve => Zaki'], body)).toMatch(
      /^4: quote snippet "we starve" is not in/,
    );
    expect(problem([...HEADER, '# quote: We wait => Zaki'], body)).toMatch(/^4: .*occurs more than once/);
    expect(problem([...HEADER, '# quote: We wait'], body)).toMatch(
      /^4: quote needs "<snippet> => <speaker>"/,
    );
    expect(problem([...HEADER, '# quote: We wait, => Zaki |  | Omar'], body)).toMatch(
      /empty speaker alternative/,
    );
  });
});

describe('the corpus', () => {
  const splits = ['dev', 'heldout']
    .map((s) => path.join(import.meta.dirname, s))
    .filter((d) => existsSync(d));
  const files = splits.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(d, f)),
  );

  it('has articles in every language', () => {
    const langs = files.map((f) => parseArticle(readFileSync(f, 'utf8'), f).lang);
    expect(new Set(langs)).toEqual(new Set(['en', 'da', 'mixed']));
  });

  it.each(files.map((f) => [path.relative(import.meta.dirname, f), f]))('%s parses', (_, file) => {
    const a = parseArticle(readFileSync(file, 'utf8'), file);
    expect(a.gold.length).toBeGreaterThan(0);
  });
});
