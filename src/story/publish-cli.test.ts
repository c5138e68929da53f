import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ingestStory } from './ingest.ts';
import { Story } from './schema.ts';
import { readList } from './site-index.ts';
import { storyFile } from './story-file.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { bundledCli } from '../../tests/unit/bundled-cli.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, 'publish-cli.ts');
/** The CLI bundled once for this file: each test still starts it as its own process. */
let cli = '';
beforeAll(async () => {
  cli = await bundledCli(CLI);
});
const ARTICLE = [
  'Apricot Harvest Fails In The Hills',
  'Growers around Taloqan lost half their crop to a late frost, the farmers union says.',
  '"We pick what is left by hand," said Yusuf Amiri, a grower.',
].join('\n\n');

let dir = '';
let data = '';
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NORTH_ATLAS_DATA_DIR: data, NORTH_ATLAS_GAZETTEER: '' },
  });
const stories = () => path.join(data, 'stories');
const index = () => ({ stories: readList(data) });
const listing = () =>
  existsSync(stories())
    ? readdirSync(stories(), { withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => f.name)
        .sort()
    : [];
/** Every file under data/stories with its content: what a refused run must leave as it was. */
const snapshot = () => listing().map((name) => [name, readFileSync(path.join(stories(), name), 'utf8')]);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'publish-cli-'));
  data = path.join(dir, 'data');
  mkdirSync(data);
  writeFileSync(path.join(data, 'gazetteer.json'), JSON.stringify(TEST_GAZETTEER));
});

// Each case starts the CLI as its own process, from the bundle made once above.
describe('publish CLI', { timeout: 120_000 }, () => {
  it('adds an article to data/stories and its index, the slug made from the title', () => {
    const r = run([file('apricots.txt', ARTICLE)]);
    expect(r.stderr).toContain('?story=apricot-harvest-fails-in-the-hills');
    expect(r.status).toBe(0);
    const story = v.parse(
      Story,
      JSON.parse(readFileSync(path.join(stories(), 'apricot-harvest-fails-in-the-hills.json'), 'utf8')),
    );
    expect(story).toEqual(ingestStory(ARTICLE, TEST_GAZETTEER));
    expect(index().stories).toEqual([
      {
        slug: 'apricot-harvest-fails-in-the-hills',
        title: 'Apricot Harvest Fails In The Hills',
        places: ['AF1801', 'AF18'],
      },
    ]);
  });

  it('publishes a studio story file under its file name, running the engine on its annotations', () => {
    const annotations = { meta: { date: '2024-06-02', title: 'Frost Takes The Apricots' } };
    const story = ingestStory(ARTICLE, TEST_GAZETTEER, annotations);
    const input = file('frost.story.json', JSON.stringify(storyFile(ARTICLE, annotations, story)));
    expect(run([file('first.txt', ARTICLE), '--slug', 'first']).status).toBe(0);
    const r = run([input]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(stories(), 'frost.json'), 'utf8'))).toEqual(story);
    expect(index().stories.map((s) => [s.slug, s.title, s.date])).toEqual([
      ['frost', 'Frost Takes The Apricots', '2024-06-02'],
      ['first', 'Apricot Harvest Fails In The Hills', undefined],
    ]);
    // Publishing the same slug again replaces its entry, when asked to.
    const again = run([input, '--slug', 'first', '--replace']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/\(\?story=first\) and replaced "Apricot Harvest Fails In The Hills"/);
    expect(index().stories.map((s) => s.slug)).toEqual(['frost', 'first']);
  });

  it('refuses a slug already published unless --replace is given, and then says it replaced it', () => {
    expect(run([file('a.txt', ARTICLE)]).status).toBe(0);
    const before = snapshot();
    // The same title again: a second article would silently take the first one's place.
    const other = ARTICLE.replace('half their crop', 'a third of their crop');
    const refused = run([file('b.txt', other)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /slug "apricot-harvest-fails-in-the-hills" \(made from the title\): a story is already published as "apricot-harvest-fails-in-the-hills" \("Apricot Harvest Fails In The Hills"\): add --replace to replace it, or give this one another name with --slug <slug>/,
    );
    expect(snapshot()).toEqual(before);
    // A story file on disk that the list does not name is not overwritten either.
    writeFileSync(path.join(stories(), 'stray.json'), '{}');
    expect(run([file('c.txt', other), '--slug', 'stray']).stderr).toMatch(
      /stray\.json already exists: add --replace/,
    );
    expect(readFileSync(path.join(stories(), 'stray.json'), 'utf8')).toBe('{}');

    const replaced = run([file('b.txt', other), '--replace']);
    expect(replaced.status).toBe(0);
    expect(replaced.stderr).toMatch(/and replaced "Apricot Harvest Fails In The Hills"; 1 stories listed/);
    expect(readFileSync(path.join(stories(), 'apricot-harvest-fails-in-the-hills.json'), 'utf8')).toMatch(
      /a third of their crop/,
    );
  });

  it('never replaces the default story, and the build never writes the default over a published story', () => {
    // A newsroom story published first, under the name the default's title will give.
    expect(run([file('mine.txt', ARTICLE), '--slug', 'late-frost']).status).toBe(0);
    const mine = readFileSync(path.join(stories(), 'late-frost.json'), 'utf8');
    const renamed = ingestStory(ARTICLE, TEST_GAZETTEER, { meta: { title: 'Late Frost' } });
    writeFileSync(path.join(data, 'story.json'), JSON.stringify(renamed));
    const build = run(['--default']);
    expect(build.status).toBe(0);
    expect(build.stderr).toMatch(
      /note: "late-frost" is a published story's name: the default story is listed as "late-frost-2"/,
    );
    expect(readFileSync(path.join(stories(), 'late-frost.json'), 'utf8')).toBe(mine);
    // The next build keeps both where they are.
    expect(run(['--default']).status).toBe(0);
    expect(index().stories.map((s) => [s.slug, s.default ?? false])).toEqual([
      ['late-frost-2', true],
      ['late-frost', false],
    ]);

    // Publishing under the default's name is refused, --replace or not, and changes nothing.
    const before = snapshot();
    for (const args of [
      ['--slug', 'late-frost-2'],
      ['--slug', 'late-frost-2', '--replace'],
    ]) {
      const r = run([file('x.txt', ARTICLE), ...args]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /--slug: "late-frost-2" is the site's default story \("Late Frost"\), which only npm run data writes: publish this one under another name with --slug <slug>/,
      );
    }
    expect(snapshot()).toEqual(before);
  });

  it('names a story with a Dari title by its title in Latin letters, and says how a slug was made', () => {
    const dari = (title: string) => JSON.stringify({ meta: { title } });
    const first = run([
      file('a.txt', ARTICLE),
      '--annotations',
      file('a.json', dari('سیلاب در کندز خانه‌ها را ویران کرد')),
    ]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(
      /note: the slug "silab-dar-kunduz-khanaha-ra-wiran-kard" is made from the title in Latin letters/,
    );
    const second = run([
      file('b.txt', ARTICLE),
      '--annotations',
      file('b.json', dari('بازار تالقان دوباره باز شد')),
    ]);
    expect(second.status).toBe(0);
    expect(index().stories.map((s) => s.slug)).toEqual([
      'silab-dar-kunduz-khanaha-ra-wiran-kard',
      'bazar-talqan-dubara-baz-shod',
    ]);
    const long = run([
      file(
        'c.txt',
        ARTICLE.replace(
          'Apricot Harvest Fails In The Hills',
          'Apricot Harvest Fails In The Hills As A Late Frost Sweeps Down The Valleys Of Takhar',
        ),
      ),
    ]);
    expect(long.stderr).toMatch(
      /note: the slug "apricot-harvest-fails-in-the-hills-as-a-late-frost-sweeps" is cut at a word to 57 characters/,
    );
    // A story file whose name cannot be a slug is published under its title's, and the reason given.
    const annotations = { meta: { title: 'Frost Takes The Apricots' } };
    const story = ingestStory(ARTICLE, TEST_GAZETTEER, annotations);
    const con = run([file('con.story.json', JSON.stringify(storyFile(ARTICLE, annotations, story)))]);
    expect(con.status).toBe(0);
    expect(con.stderr).toMatch(
      /note: the file's name is not used as the slug: "con" is a device name on Windows/,
    );
    expect(con.stderr).toContain('?story=frost-takes-the-apricots');
  });

  it('--remove takes a story out of every index, names an unknown slug, and a republish lists it again', () => {
    expect(run([file('frost.txt', ARTICLE), '--slug', 'frost']).status).toBe(0);
    const unknown = run(['--remove', 'no-such']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/--remove: there is no story "no-such" on this site/);
    const removed = run(['--remove', 'frost']);
    expect(removed.stderr).toMatch(
      /removed "frost" \("Apricot Harvest Fails In The Hills"\) and its entries in every index; 0 stories listed/,
    );
    expect(listing()).toEqual(['index.json']);
    expect(existsSync(path.join(data, 'places', 'AF18.json'))).toBe(false);
    expect(run([file('frost.txt', ARTICLE), '--slug', 'frost']).status).toBe(0);
    expect(index().stories.map((s) => [s.slug, s.places])).toEqual([['frost', ['AF1801', 'AF18']]]);
  });

  it('lists data/story.json as the default story, replacing an older default', () => {
    writeFileSync(path.join(data, 'story.json'), JSON.stringify(ingestStory(ARTICLE, TEST_GAZETTEER)));
    expect(run(['--default']).status).toBe(0);
    const renamed = ingestStory(ARTICLE, TEST_GAZETTEER, { meta: { title: 'Late Frost' } });
    writeFileSync(path.join(data, 'story.json'), JSON.stringify(renamed));
    expect(run(['--default']).status).toBe(0);
    expect(index().stories).toEqual([
      { slug: 'late-frost', title: 'Late Frost', places: ['AF1801', 'AF18'], default: true },
    ]);
    expect(listing()).toEqual(['index.json', 'late-frost.json']);
  });

  const failures: [string, () => string[], RegExp][] = [
    ['a bad slug', () => [file('a.txt', ARTICLE), '--slug', 'Bad Slug'], /--slug: "Bad Slug" is not a slug/],
    ['a reserved slug', () => [file('a.txt', ARTICLE), '--slug', 'index'], /--slug: "index" is reserved/],
    ...['con', 'NUL'].map((name): [string, () => string[], RegExp] => [
      `the Windows device name ${name}`,
      () => [file('a.txt', ARTICLE), '--slug', name],
      new RegExp(
        `--slug: "${name}" is a device name on Windows, where data/stories/${name}\\.json cannot exist`,
      ),
    ]),
    ['no input', () => [], /usage: publish/],
    ['a missing file', () => [path.join(dir, 'nope.txt')], /nope\.txt: file not found/],
    ['a binary file', () => [file('b.txt', new Uint8Array([65, 0, 66]))], /b\.txt: byte 1: binary file/],
    ['invalid UTF-8', () => [file('l.txt', new Uint8Array([65, 0xe9, 66]))], /l\.txt: byte 1: invalid UTF-8/],
    ['an unknown kind of file', () => [file('a.pdf', '%PDF-1.4')], /a\.pdf: not an article file/],
    [
      'a story file of another version',
      () => [file('v2.story.json', JSON.stringify({ version: 2, text: 'x', annotations: {}, story: {} }))],
      /v2\.story\.json: \$\.version: this is a version 2 story file/,
    ],
    [
      'a story file whose annotation no longer finds its text',
      () => {
        const a = { overrides: { link: [{ text: 'Kunduz', place: 'AF19' }] } };
        const f = storyFile(ARTICLE, a, ingestStory(ARTICLE, TEST_GAZETTEER));
        return [file('stale.story.json', JSON.stringify(f))];
      },
      /stale\.story\.json: \$\.annotations\.overrides\.link\[0\]\.text: "Kunduz" not found/,
    ],
    [
      'annotations with an unknown place',
      () => [
        file('a.txt', ARTICLE),
        '--annotations',
        file('x.json', '{"overrides":{"link":[{"text":"x","place":"AF1899"}]}}'),
      ],
      /x\.json: \$\.overrides\.link\[0\]\.place: unknown place id "AF1899"/,
    ],
  ];
  for (const [what, args, message] of failures) {
    it(`fails on ${what} with one message and writes nothing`, () => {
      const r = run(args());
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(listing()).toEqual([]);
    });
  }
});
