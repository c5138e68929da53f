import { describe, expect, it } from 'vitest';
import { parseAnnotations } from './annotations.ts';
import { articleFromFile, articleText, MAX_ARTICLE_BYTES, tooLargeMessage } from './article-input.ts';
import { InputError } from './decode.ts';
import { slugProblem } from './catalog.ts';
import { listEntry } from './index-entries.ts';
import { ingestStory } from './ingest.ts';
import { parseStoryFile, storyFile, StoryFileError } from './story-file.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const known = new Set(TEST_GAZETTEER.entries.map((e) => e.id));
const TEXT = [
  'Wells Run Dry In The Hills',
  'Villagers near Taloqan walk two hours for water, the district council says.',
  '"The spring failed in June," said Lina Haidari, a teacher.',
].join('\n\n');

function goodFile() {
  const story0 = ingestStory(TEXT, TEST_GAZETTEER);
  const p = story0.passages[0]!;
  const annotations = parseAnnotations(
    {
      meta: { byline: 'Desk Reporter' },
      overrides: { forbid: [{ text: 'Taloqan', passage: p.id, offset: p.text.indexOf('Taloqan') }] },
    },
    known,
  );
  return storyFile(TEXT, annotations, ingestStory(TEXT, TEST_GAZETTEER, annotations));
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function problem(json: unknown): string {
  try {
    parseStoryFile(json, known);
  } catch (err) {
    if (err instanceof StoryFileError) return err.message;
    throw err;
  }
  return 'accepted';
}

describe('parseStoryFile', () => {
  it('reads back what storyFile wrote, unchanged', () => {
    const file = goodFile();
    expect(parseStoryFile(clone(file), known)).toEqual(file);
  });

  it('names another version', () => {
    expect(problem({ ...clone(goodFile()), version: 2 })).toBe(
      '$.version: this is a version 2 story file; this studio reads version 1',
    );
    expect(problem({ text: 'x' })).toBe('$.version: missing: this is not a story file');
    expect(problem([1, 2])).toMatch(/^\$: not a story file/);
  });

  it('names the path of a hand-edited field', () => {
    const file = clone(goodFile()) as unknown as { story: { passages: { text: unknown }[] } };
    file.story.passages[1]!.text = 42;
    expect(problem(file)).toMatch(/^\$\.story\.passages\[1\]\.text: /);
    expect(problem({ ...clone(goodFile()), extra: true })).toMatch(/^\$: /);
    expect(problem({ ...clone(goodFile()), text: '' })).toMatch(/^\$\.text: /);
  });

  it('names an unknown place id inside the annotations', () => {
    const file = clone(goodFile());
    file.annotations.overrides = { link: [{ text: 'Taloqan', place: 'AF1899' }] };
    expect(problem(file)).toBe('$.annotations.overrides.link[0].place: unknown place id "AF1899"');
  });

  it('names an annotation that points past the end of its passage', () => {
    const file = clone(goodFile());
    const forbid = file.annotations.overrides!.forbid![0]!;
    forbid.offset = 5000;
    expect(problem(file)).toMatch(
      /^\$\.annotations\.overrides\.forbid\[0\]\.offset: "Taloqan" at 5000 runs past the end of passage p-\w+ \(\d+ characters\)$/,
    );
  });

  it('names a story span past the end of the text', () => {
    const file = clone(goodFile());
    file.story.passages[0]!.sourceEnd = TEXT.length + 10;
    expect(problem(file)).toMatch(/^\$\.story\.passages\[0\]\.sourceEnd: .* past the end of the text/);
  });
});

describe('slugs', () => {
  it('accept lowercase words joined by single hyphens only', () => {
    for (const good of ['kunduz-floods', 'a', '2010-12-imu', 'x1-y2']) expect(slugProblem(good)).toBeNull();
    for (const bad of ['', 'Kunduz', 'kunduz floods', '-a', 'a-', 'a--b', '../etc', 'a_b', 'index', 'é'])
      expect(slugProblem(bad), bad).not.toBeNull();
    expect(slugProblem('a'.repeat(81))).toMatch(/longer than 80/);
  });

  it('refuse the device names Windows keeps, whatever the case or extension', () => {
    for (const name of [
      'con',
      'prn',
      'aux',
      'nul',
      'com1',
      'com9',
      'lpt1',
      'lpt9',
      'CON',
      'Nul',
      'con.txt',
      'lpt3.json',
    ])
      expect(slugProblem(name), name).toMatch(/is a device name on Windows/);
    for (const fine of ['cons', 'console', 'con-flict', 'com10', 'lpt', 'aux-road', 'null'])
      expect(slugProblem(fine), fine).toBeNull();
  });
});

describe('list entry', () => {
  it('lists a story by slug, title, date, publisher and places', () => {
    const story = goodFile().story;
    const a = listEntry('wells', story, true);
    expect(a).toEqual({ slug: 'wells', title: 'Wells Run Dry In The Hills', places: [], default: true });
    const withLink = ingestStory(TEXT, TEST_GAZETTEER);
    expect(listEntry('x', withLink).places).toEqual(['AF1801', 'AF18']);
  });
});

describe('article input', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const fails = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      if (err instanceof InputError) return err.message;
      throw err;
    }
    return 'accepted';
  };

  it('turns .html and .md files into plain text', () => {
    expect(articleFromFile('a.html', bytes('<h1>Title Here Now</h1><p>Body.</p>'))).toBe(
      'Title Here Now\n\nBody.',
    );
    expect(articleFromFile('a.md', bytes('# Title\n\nSome **bold** text.'))).toBe('Title\n\nSome bold text.');
    expect(articleFromFile('a.txt', bytes('Line one.\r\n\r\nLine two.'))).toBe('Line one.\n\nLine two.');
  });

  it('refuses binary, non-UTF-8, empty, too large and other files, saying where', () => {
    expect(fails(() => articleFromFile('a.txt', new Uint8Array([65, 0, 66])))).toBe(
      'byte 1: binary file (NUL byte), expected a plain-text article',
    );
    expect(fails(() => articleFromFile('a.txt', new Uint8Array([0x41, 0xe9, 0x42])))).toBe(
      'byte 1: invalid UTF-8',
    );
    expect(fails(() => articleFromFile('a.txt', bytes('  \n')))).toBe('empty article');
    expect(fails(() => articleFromFile('a.html', bytes('<script>x</script>')))).toBe('no article text in it');
    expect(fails(() => articleFromFile('a.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65)))).toMatch(
      /^1\.000001 MB of text; the limit is 1 MB$/,
    );
    expect(fails(() => articleFromFile('a.pdf', bytes('%PDF')))).toMatch(/^not an article file/);
    expect(articleText('<p>Pasted</p><p>HTML</p>', 'text')).toBe('Pasted\n\nHTML');
  });
});

describe('tooLargeMessage: one message for the studio, publish and ingest', () => {
  it('never shows a size over the limit as the limit itself', () => {
    expect(tooLargeMessage(MAX_ARTICLE_BYTES + 1)).toBe('1.000001 MB of text; the limit is 1 MB');
    expect(tooLargeMessage(1_100_000)).toBe('1.05 MB of text; the limit is 1 MB');
    expect(tooLargeMessage(1.2 * 1024 * 1024)).toBe('1.2 MB of text; the limit is 1 MB');
    expect(tooLargeMessage(5 * 1024 * 1024)).toBe('5.0 MB of text; the limit is 1 MB');
  });
});
