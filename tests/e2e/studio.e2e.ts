import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DIST, ROOT, launch, open, serve, type Served } from './harness.ts';
import { readList } from '../../src/story/site-index.ts';

// The newsroom studio on the built site: paste, correct by keyboard, drafts, story files, bad input; and
// publishing: a story the CLI adds is what the reader shows at ?story=<slug>.

/** An article written for this test: places on the map, an ambiguous name, a quotation and page chrome. */
const TITLE = 'Winter Roads Close Across The North';
const PARAGRAPHS = [
  'In Baharak, families woke to snow drifts taller than the doors.',
  'Snow closed the highway between Kunduz and Taloqan on Thursday, and dozens of trucks waited at the edge of the city.',
  'Traders in Fayzabad said flour prices had risen by a third since the pass shut.',
  '"We have enough for two weeks, not more," said Nasrin Qaderi, a baker in Fayzabad.',
  'Further south, crews cleared a landslide near the old bridge in Baghlan.',
];
const ARTICLE = [TITLE, ...PARAGRAPHS, 'Share this article'].join('\n\n');
/** The same article as a web page's HTML, with markup, a script and navigation to drop. */
const ARTICLE_HTML = `<html><head><title>Site</title><script>window.injected = true</script></head><body>
<nav><a href="/">Home</a></nav><h1>${TITLE}</h1>
${PARAGRAPHS.map((p) => `<p>${p.replace('"', '&ldquo;').replace('"', '&rdquo;')}</p>`).join('\n')}
<p><a href="#">Share this article</a></p><script>window.injected = true</script></body></html>`;
const SLUG = 'winter-roads';

let site = '';
let server: Served;
let browser: Browser;
let articleFile = '';

before(async () => {
  // A copy of the built site to publish into, as a newsroom's deployment would be.
  site = mkdtempSync(join(tmpdir(), 'north-atlas-site-'));
  cpSync(DIST, site, { recursive: true });
  articleFile = join(site, 'winter-roads.txt');
  writeFileSync(articleFile, ARTICLE);
  const published = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/story/publish-cli.ts'), articleFile, '--slug', SLUG],
    { encoding: 'utf8', env: { ...process.env, NORTH_ATLAS_DATA_DIR: join(site, 'data') } },
  );
  assert.equal(published.status, 0, published.stderr);
  server = await serve(site);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function studio() {
  const watched = await open(browser, server.origin, '/studio.html');
  await watched.page.getByTestId('news').filter({ hasNotText: 'Loading the place list' }).waitFor();
  return watched;
}

/** A paste as the browser delivers it: a ClipboardEvent carrying the data on the focused text area. */
async function paste(page: Page, data: Record<string, string>) {
  await page.getByLabel('Article text').focus();
  await page.evaluate((d) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(d)) transfer.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(event);
  }, data);
}

const preview = (page: Page) => page.locator('.studio-preview[data-engine="idle"]');
const mention = (page: Page, words: string) =>
  preview(page).locator('.pv-mention', {
    has: page.locator('.pv-words', { hasText: new RegExp(`^${words}$`) }),
  });

async function pasteArticle(page: Page) {
  await paste(page, { 'text/plain': ARTICLE });
  await mention(page, 'Taloqan').waitFor();
}

async function focusedText(page: Page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

test('pasting a web page: the preview shows its places, quotes, removed chrome and unresolved names', async () => {
  const { page, context, errors, foreign } = await studio();
  const t0 = await page.evaluate(() => performance.now());
  await paste(page, { 'text/html': ARTICLE_HTML, 'text/plain': 'plain fallback' });
  await mention(page, 'Taloqan').waitFor();
  const ms = (await page.evaluate(() => performance.now())) - t0;
  console.log(
    `paste → preview: ${ms.toFixed(0)} ms (engine round trip ${await preview(page).getAttribute('data-ms')} ms)`,
  );

  const text = await page.getByLabel('Article text').inputValue();
  assert.equal(text.split('\n\n')[1], TITLE, 'the headline is a paragraph of its own');
  assert.ok(
    text.includes('“We have enough for two weeks, not more,” said Nasrin Qaderi'),
    'entities decoded',
  );
  assert.doesNotMatch(text, /injected|<p>|<script/, 'markup and scripts are dropped');
  assert.equal(await page.evaluate(() => 'injected' in window), false, 'nothing of the page ran');

  assert.equal(await mention(page, 'Taloqan').getAttribute('data-place'), 'AF1801');
  assert.equal(await mention(page, 'Fayzabad').first().getAttribute('data-place'), 'AF1701');
  assert.match(
    await mention(page, 'Taloqan').innerText(),
    /^Taloqan\s+linked to\s+Taloqan$/i,
    'the mention shows its place',
  );
  const quote = preview(page).locator('.pv-quote').first();
  assert.match(await quote.innerText(), /We have enough for two weeks/);
  assert.equal(await quote.locator('.pv-speaker').innerText(), 'Nasrin Qaderi');
  assert.match(
    await preview(page).locator('.pv-removed').innerText(),
    /page navigation\s+Share this article/,
  );
  assert.equal(await preview(page).locator('.pv-unresolved').getAttribute('data-unresolved'), 'Baharak');
  assert.equal(await preview(page).locator('.pv-title').innerText(), TITLE);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('corrections by keyboard alone: unlink, link by a Dari name, resolve, change a speaker; undo and redo', async () => {
  const { page, context } = await studio();
  await pasteArticle(page);

  // Unlink: the mention is a button; Enter opens its corrections with focus on "Unlink".
  await mention(page, 'Taloqan').focus();
  await page.keyboard.press('Enter');
  assert.equal(await focusedText(page), 'Unlink “Taloqan”');
  await page.keyboard.press('Enter');
  await page.getByTestId('inspector').getByText('Unlinked “Taloqan”.').waitFor();
  await preview(page).locator('.pv-stats').waitFor();
  assert.equal(await mention(page, 'Taloqan').count(), 0);

  // Link any words: type them, then find the place by its Dari name.
  await page.getByLabel('Words to link').focus();
  await page.keyboard.type('old bridge');
  await page.keyboard.press('Tab');
  await page.keyboard.type('پلخمری');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await mention(page, 'old bridge').waitFor();
  assert.equal(await mention(page, 'old bridge').getAttribute('data-place'), 'AF0901');
  assert.equal(await mention(page, 'old bridge').getAttribute('class'), 'pv-mention pv-via-annotation');

  // Resolve the ambiguous name: its candidates are buttons, the first has focus.
  await preview(page).locator('.pv-unresolved').focus();
  await page.keyboard.press('Enter');
  assert.equal(await focusedText(page), 'Baharak, district of Badakhshan');
  await page.keyboard.press('Enter');
  await mention(page, 'Baharak').waitFor();
  assert.equal(await mention(page, 'Baharak').getAttribute('data-place'), 'AF1706');

  // Change the quotation's speaker to someone new.
  await preview(page).locator('.pv-speaker-button').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'speaker-name');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Farid Noorzai');
  await page.keyboard.press('Tab');
  await page.keyboard.type('a flour merchant');
  await page.keyboard.press('Enter');
  const speaker = () => preview(page).locator('.pv-quote .pv-speaker').first();
  await preview(page).locator('.pv-quote .pv-speaker', { hasText: 'Farid Noorzai' }).waitFor();

  // Undo and redo from the keyboard, outside the text fields.
  await page.getByTestId('inspector').getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await preview(page).locator('.pv-quote .pv-speaker', { hasText: 'Nasrin Qaderi' }).waitFor();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await preview(page).locator('.pv-quote .pv-speaker', { hasText: 'Farid Noorzai' }).waitFor();
  assert.equal(await speaker().innerText(), 'Farid Noorzai');
  await context.close();
});

test('editing the text keeps the corrections that still apply and lists those that no longer find their text', async () => {
  const { page, context } = await studio();
  await pasteArticle(page);
  await mention(page, 'Taloqan').click();
  await page.getByRole('button', { name: 'Unlink “Taloqan”' }).click();
  await page.getByLabel('Words to link').fill('old bridge');
  await page.getByRole('combobox', { name: 'Place for “old bridge”' }).fill('Pul-e-Khumri');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await mention(page, 'old bridge').waitFor();

  // An edit before both corrections in their passages moves them; one that deletes the words makes it stale.
  const area = page.getByLabel('Article text');
  const edited = ARTICLE.replace('Snow closed the highway', 'Heavy snow closed the main highway').replace(
    'near the old bridge in',
    'near',
  );
  await area.fill(edited);
  await area.blur();
  const stale = page.getByTestId('stale');
  await stale.locator('li > span').filter({ hasText: 'Link “old bridge” to Pul-e-Khumri' }).first().waitFor();
  await preview(page).waitFor();
  assert.equal(await stale.locator('li').count(), 1, 'only the correction whose words were deleted');
  assert.equal(await mention(page, 'Taloqan').count(), 0, 'the unlink still applies after the edit');
  assert.ok((await mention(page, 'Kunduz').count()) > 0, 'the engine still reads the edited passage');
  await stale.getByRole('button', { name: /Remove/ }).click();
  await stale.waitFor({ state: 'detached' });
  await context.close();
});

test('a reload brings the draft back; drafts are listed by title and date; deleting asks first', async () => {
  const { page, context } = await studio();
  await pasteArticle(page);
  await mention(page, 'Taloqan').click();
  await page.getByRole('button', { name: 'Unlink “Taloqan”' }).click();
  await page.getByTestId('saved').and(page.locator('[data-state="saved"]')).waitFor();
  await page.reload();
  await preview(page).locator('.pv-title', { hasText: TITLE }).waitFor();
  assert.equal(await page.getByLabel('Article text').inputValue(), ARTICLE);
  assert.equal(await mention(page, 'Taloqan').count(), 0, 'the correction came back too');
  assert.ok((await mention(page, 'Kunduz').count()) > 0);

  const item = page.locator('.draft-list li', { hasText: TITLE });
  assert.match(await item.locator('time').innerText(), /\d{4}/);
  await item.getByRole('button', { name: /^Delete/ }).click();
  assert.equal(await focusedText(page), 'Keep', 'deleting asks first, with Keep focused');
  await page.keyboard.press('Enter');
  await item.getByRole('button', { name: /^Delete/ }).click();
  await item.getByRole('button', { name: 'Delete draft' }).click();
  await page.locator('.draft-list li').first().waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Article text').inputValue(), '');
  await page.reload();
  await page.getByText('Drafts (0)').waitFor();
  await context.close();
});

/** Records written straight into the studio's IndexedDB, as an old version or a bad disk might leave them. */
async function writeRecords(page: Page, records: object[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('north-atlas-studio', 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updated', 'updated');
        };
        req.onsuccess = () => {
          const tx = req.result.transaction('drafts', 'readwrite');
          for (const r of list) tx.objectStore('drafts').put(r);
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    records,
  );
}

test('junk records in IndexedDB: the studio opens, lists the good drafts and offers to delete the damaged', async () => {
  // Written before the studio ever loads, from another page of the same site.
  const { page, context, errors } = await open(browser, server.origin, '/no-such-page');
  const draft = (id: string, title: string, updated: number) => ({
    id,
    title,
    created: updated,
    updated,
    text: `${title}\n\n${PARAGRAPHS[0]}`,
    annotations: {},
  });
  await writeRecords(page, [
    draft('good-old', 'Older Good Draft', Date.UTC(2026, 0, 5)),
    draft('good-new', 'Newer Good Draft', Date.UTC(2026, 0, 6)),
    { ...draft('no-date', 'No Date', 0), updated: undefined },
    { ...draft('word-date', 'Word Date', 0), updated: 'yesterday' },
    { ...draft('far-date', 'Far Date', 0), updated: 1e20 },
    { ...draft('number-title', 'x', 1), title: 404 },
    { ...draft('bad-notes', 'Bad Notes', 1), annotations: { overrides: 'none' } },
    { id: 17, note: 'a numeric key' },
  ]);
  await page.goto(`${server.origin}/studio.html`);
  await page.getByTestId('news').filter({ hasNotText: 'Loading the place list' }).waitFor();
  await preview(page).locator('.pv-title', { hasText: 'Newer Good Draft' }).waitFor();
  await page.getByText('Drafts (2)').waitFor();
  const list = page.locator('.draft-list');
  assert.deepEqual(await list.locator('.draft-open').allInnerTexts(), [
    'Newer Good Draft',
    'Older Good Draft',
  ]);

  const damaged = page.locator('.draft-damaged li');
  await page.getByText('Damaged (6)').waitFor();
  assert.match(
    await damaged.filter({ hasText: 'Word Date' }).innerText(),
    /Word Date — damaged — export or delete\.\s+\$\.updated: Invalid type: Expected number but received "yesterday"/,
  );
  // Export gives the record as it is stored.
  const row = damaged.filter({ hasText: 'record 17' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: /^Export/ }).click(),
  ]);
  assert.deepEqual(JSON.parse(readFileSync(await file.path(), 'utf8')), { id: 17, note: 'a numeric key' });
  // Delete asks first, then removes only that record.
  await row.getByRole('button', { name: /^Delete/ }).click();
  await row.getByRole('button', { name: 'Delete draft' }).click();
  await page.getByText('Damaged (5)').waitFor();
  await page.reload();
  await page.getByText('Damaged (5)').waitFor();
  await page.getByText('Drafts (2)').waitFor();
  assert.equal(await page.locator('.panel-failed').count(), 0, 'no panel failed');
  assert.deepEqual(
    errors.filter((e) => !/404/.test(e)),
    [],
  );
  await context.close();
});

test('two tabs editing one draft: the later save becomes a copy, both are told, nothing is lost', async () => {
  const { page: a, context } = await studio();
  await pasteArticle(a);
  await a.getByTestId('saved').and(a.locator('[data-state="saved"]')).waitFor();
  const b = await context.newPage();
  await b.goto(`${server.origin}/studio.html`);
  await preview(b).locator('.pv-title', { hasText: TITLE }).waitFor();

  const edit = async (page: Page, text: string) => {
    const area = page.getByLabel('Article text');
    await area.fill(text);
    await area.blur();
    await page.getByTestId('saved').and(page.locator('[data-state="saved"]')).waitFor();
  };
  const fromA = `${ARTICLE}\n\nA line written in the first tab.`;
  const fromB = `${ARTICLE}\n\nA line written in the second tab.`;
  await edit(a, fromA);
  await b
    .getByTestId('notice')
    .getByText(/This draft was just changed in another tab/)
    .waitFor();
  await edit(b, fromB);
  const copyTitle = `${TITLE} (copy from another tab)`;
  await b
    .getByTestId('notice')
    .getByText(`your text here is now the draft “${copyTitle}”`, { exact: false })
    .waitFor();
  await a
    .getByTestId('notice')
    .getByText(`its text was kept as a new draft, “${copyTitle}”`, { exact: false })
    .waitFor();

  // Both texts are there, each under its own draft, in either tab.
  await a.getByText('Drafts (2)').waitFor();
  await a.reload();
  await a.getByText('Drafts (2)').waitFor();
  const openDraft = async (title: string) => {
    // The whole title: the copy's title begins with the original's.
    const exact = new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`);
    await a.locator('.draft-open', { hasText: exact }).click();
    await a.locator('.draft-open[aria-current="true"]', { hasText: exact }).waitFor();
    return a.getByLabel('Article text').inputValue();
  };
  assert.equal(await openDraft(copyTitle), fromB);
  assert.equal(await openDraft(TITLE), fromA);
  await context.close();
});

async function download(page: Page): Promise<{ name: string; json: unknown }> {
  const button = page.getByRole('button', { name: 'Download story' });
  await page.locator('.studio-preview[data-engine="idle"]').waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
}

test('download story → open story gives the same story back', async () => {
  const { page, context } = await studio();
  await pasteArticle(page);
  await mention(page, 'Taloqan').click();
  await page.getByRole('button', { name: 'Unlink “Taloqan”' }).click();
  // A source address that is not http(s) is refused where it is typed, and never reaches the story file.
  await page.getByLabel('Source URL').fill('javascript:alert(1)');
  await page.getByLabel('Source URL').press('Enter');
  await page
    .getByRole('alert')
    .filter({ hasText: '“javascript:alert(1)” is not a web address: use an http:// or https:// URL.' })
    .waitFor();
  await page.getByLabel('Byline').fill('Test Desk');
  await page.getByLabel('Byline').press('Enter');
  await preview(page).locator('.pv-byline', { hasText: 'Test Desk' }).waitFor();
  const first = await download(page);
  assert.equal(first.name, 'winter-roads-close-across-the-north.story.json');
  const file = first.json as { version: number; text: string; annotations: { meta?: object }; story: object };
  assert.equal(file.version, 1);
  assert.equal(file.text, ARTICLE);
  assert.deepEqual(file.annotations.meta, { byline: 'Test Desk' });
  const snippet = await page.getByLabel('Embed snippet').inputValue();
  assert.match(
    snippet,
    /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?story=winter-roads-close-across-the-north"/,
  );

  await page.getByRole('button', { name: 'New draft' }).click();
  assert.equal(await page.getByLabel('Article text').inputValue(), '');
  const path = join(site, first.name);
  writeFileSync(path, JSON.stringify(first.json));
  await page.getByTestId('open-story').setInputFiles(path);
  await preview(page).locator('.pv-byline', { hasText: 'Test Desk' }).waitFor();
  assert.equal(await page.getByLabel('Article text').inputValue(), ARTICLE);
  const second = await download(page);
  assert.deepEqual(second.json, first.json);
  await context.close();
});

test('a tour stop gets a title and a note by keyboard; undo, redo; the story file and the presenter carry them', async () => {
  const { page, context, errors } = await studio();
  await pasteArticle(page);
  // A title of its own, so the story published below is not a second link named TITLE on the site's list.
  const tourTitle = 'Snowbound Roads Tour';
  await page.getByLabel('Title', { exact: true }).fill(tourTitle);
  await page.getByLabel('Title', { exact: true }).press('Enter');
  await preview(page).locator('.pv-title', { hasText: tourTitle }).waitFor();

  const editor = page.locator('.tour-editor');
  await editor.getByRole('button', { name: 'Start from the story’s places' }).focus();
  await page.keyboard.press('Enter');
  const stop = editor.locator('ol > li').nth(1);
  await stop.waitFor();
  const place = await stop.locator('.tour-place').innerText();
  const shows = (text: string) =>
    stop
      .locator('.tour-place')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .waitFor();
  const isFocused = (name: string) =>
    page.getByRole('button', { name }).evaluate((el) => el === document.activeElement);

  // Escape cancels: nothing is saved and focus is back on the stop's Edit button.
  const edit = `Edit stop 2: ${place}`;
  await page.getByRole('button', { name: edit }).focus();
  await page.keyboard.press('Enter');
  const titleField = page.getByRole('textbox', { name: 'Title of stop 2' });
  assert.equal(await titleField.evaluate((el) => el === document.activeElement), true, 'the title has focus');
  await page.keyboard.type('Never Saved');
  await page.keyboard.press('Escape');
  await titleField.waitFor({ state: 'detached' });
  assert.equal(await isFocused(edit), true, 'Escape returns focus to Edit');
  assert.equal(await stop.locator('.tour-place').innerText(), place);

  // Title and note, then Enter in the title saves both as one correction.
  const title = 'Trucks Wait In The Snow';
  const note = 'Drivers slept in their cabs for two nights while the road stayed shut.';
  await page.keyboard.press('Enter');
  const axe = await new AxeBuilder({ page }).include('.tour-editor').analyze();
  assert.deepEqual(
    axe.violations.map((v) => v.id),
    [],
    'axe, with the stop form open',
  );
  await page.keyboard.type(`  ${title}  `);
  await page.keyboard.press('Tab');
  assert.equal(
    await page
      .getByRole('textbox', { name: 'Note of stop 2' })
      .evaluate((el) => el === document.activeElement),
    true,
  );
  await page.keyboard.type(note);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await shows(title);
  assert.equal(
    await page.getByTestId('news').innerText(),
    `Retitled stop 2 (${place}) “${title}”. Added a note to stop 2 (${place}).`,
  );
  assert.equal(await stop.locator('.tour-note').innerText(), note);
  assert.equal(await isFocused(`Edit stop 2: ${title}`), true, 'focus is back on Edit');
  assert.equal(
    await editor.locator('.tour-place', { hasText: place }).count(),
    0,
    'no heading names the place',
  );
  assert.match(
    await stop.locator('.tour-where').innerText(),
    new RegExp(`· ${place}$`),
    'the place beside it',
  );

  // Undo takes back title and note together; redo puts them back.
  await page.keyboard.press('ControlOrMeta+Z');
  await shows(place);
  assert.equal(await stop.locator('.tour-note').count(), 0, 'undo removed the note');
  await page.getByRole('button', { name: edit }).focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await shows(title);
  assert.equal(await stop.locator('.tour-note').innerText(), note);

  // The draft in the browser keeps them across a reload.
  await page.getByTestId('saved').and(page.locator('[data-state="saved"]')).waitFor();
  await page.reload();
  await shows(title);

  // The story file holds them, trimmed, in the annotations and in the story read from them.
  const { name, json } = await download(page);
  type Stops = { tour?: { place: string; title?: string; text?: string }[] };
  const file = json as { annotations: Stops; story: Stops };
  const placeId = await stop.getAttribute('data-tour-place');
  const want = { place: placeId, title, text: note };
  assert.deepEqual(file.annotations.tour?.[1], want);
  assert.deepEqual(file.story.tour?.[1], want);

  // Published, the presenter's window shows the stop under its title, with the note.
  const path = join(site, name);
  writeFileSync(path, JSON.stringify(json));
  const slug = 'snowbound-roads-tour';
  const published = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/story/publish-cli.ts'), path, '--slug', slug],
    { encoding: 'utf8', env: { ...process.env, NORTH_ATLAS_DATA_DIR: join(site, 'data') } },
  );
  assert.equal(published.status, 0, published.stderr);
  const presenter = await context.newPage();
  await presenter.goto(`${server.origin}/presenter.html?story=${slug}`);
  await presenter.locator('.presenter-current article[data-stop="tour-0"]').waitFor();
  await presenter.keyboard.press('ArrowRight');
  await presenter.locator('.presenter-current article[data-stop="tour-1"]').waitFor();
  assert.equal(await presenter.locator('#presenter-current-title').innerText(), `Now: ${title}`);
  assert.equal((await presenter.getByTestId('presenter-notes').innerText()).trim(), note);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad input says what is wrong and where, and the draft stays as it was', async () => {
  const { page, context } = await studio();
  await pasteArticle(page);
  const problem = page.getByTestId('problem');
  const unchanged = async () => {
    assert.equal(await page.getByLabel('Article text').inputValue(), ARTICLE);
    assert.equal(await preview(page).locator('.pv-title').innerText(), TITLE);
  };
  const expectProblem = async (pattern: RegExp) => {
    await problem.filter({ hasText: pattern }).waitFor();
    await unchanged();
    await problem.getByRole('button', { name: 'Dismiss' }).click();
  };

  await paste(page, { 'text/plain': '  \n' });
  await expectProblem(/The paste was empty/);
  const article = page.getByTestId('open-article');
  await article.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([72, 105, 0, 33]),
  });
  await expectProblem(/notes\.txt: byte 2: binary file/);
  await article.setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([75, 0xf6, 108]),
  });
  await expectProblem(/latin1\.txt: byte 1: invalid UTF-8/);
  await article.setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(1_100_000, 97),
  });
  await expectProblem(/huge\.txt: 1\.05 MB of text; the limit is 1 MB/);

  const story = page.getByTestId('open-story');
  const good = (await download(page)).json as {
    annotations: { overrides?: { forbid?: { offset?: number }[] } };
  };
  const asFile = (name: string, json: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await story.setInputFiles(asFile('old.story.json', { ...good, version: 7 }));
  await expectProblem(
    /old\.story\.json: \$\.version: this is a version 7 story file; this studio reads version 1/,
  );
  await story.setInputFiles(asFile('edited.story.json', { ...good, story: { ...good, passages: 'none' } }));
  await expectProblem(/edited\.story\.json: \$\.story\./);
  const past = structuredClone(good);
  past.annotations.overrides = { forbid: [{ ...{ text: 'Kunduz', offset: 90000 } }] };
  await story.setInputFiles(asFile('past.story.json', past));
  await expectProblem(
    /past\.story\.json: \$\.annotations\.overrides\.forbid\[0\]\.offset: "Kunduz" at 90000 runs past the end/,
  );
  await context.close();
});

test('axe-core finds no violations in the studio, with a story and its corrections open', async () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    const { page, context } = await open(browser, server.origin, '/studio.html', { viewport });
    await pasteArticle(page);
    await mention(page, 'Kunduz').first().click();
    await page.getByTestId('inspector').waitFor();
    await page.getByRole('combobox', { name: 'Link to another place' }).fill('ta');
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      `axe at ${viewport.width}px`,
    );
    await context.close();
  }
});

test('?story=<slug>: the reader, the embed and the presenter load a published story from this site', async () => {
  const published = { stories: readList(join(site, 'data')) };
  assert.ok(
    published.stories.some((s) => s.slug === SLUG && s.title === TITLE),
    'publish listed it',
  );
  for (const path of ['/', '/embed.html', '/presenter.html']) {
    const { page, context } = await open(browser, server.origin, `${path}?story=${SLUG}`);
    // Read from the page's own record: the story may have arrived before this line runs (no race with open()).
    await page.waitForFunction(
      (slug) =>
        performance
          .getEntriesByType('resource')
          .some(
            (e) =>
              e.name.endsWith(`/data/stories/${slug}.json`) &&
              (e as PerformanceResourceTiming).responseStatus === 200,
          ),
      SLUG,
    );
    if (path === '/') await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await context.close();
  }
});

test('a bad or unknown slug shows the list of stories and requests nothing for it', async () => {
  for (const slug of ['Not%20A%20Story', 'no-such-story', '..%2Fstory']) {
    const { page, context } = await open(browser, server.origin, `/?story=${slug}`);
    const list = page.getByRole('navigation', { name: 'Stories on this site' });
    await list.getByRole('link', { name: TITLE }).waitFor();
    // Watch a second, complete load of the page from its start.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload({ waitUntil: 'networkidle' });
    await list.getByRole('link', { name: TITLE }).waitFor();
    // The notices' words are their own chunk: the sentence may follow the list by a moment.
    await page
      .getByRole('alert')
      .filter({ hasText: /not a story name|no story “no-such-story”/ })
      .waitFor();
    // The list's head and its first page (the stories offered); a story name is looked up, nothing else.
    const stories = requests
      .map((u) => new URL(u).pathname)
      .filter((p) => p.startsWith('/data/stories/') && !p.startsWith('/data/stories/pages/'));
    const lookedUp = slug === 'no-such-story' ? ['/data/stories/no-such-story.json'] : [];
    assert.deepEqual(stories, ['/data/stories/index.json', ...lookedUp], slug);
    assert.equal(await list.getByRole('link', { name: TITLE }).getAttribute('href'), `?story=${SLUG}`);
    await context.close();
  }
});

test('when the list of stories fails to load, a real story’s address says so, not that there is no such story', async () => {
  const failures: [
    string,
    { block: RegExp } | { answer: { url: RegExp; status?: number; body: string } },
    RegExp,
  ][] = [
    ['a network error', { block: /\/data\/stories\/index\.json$/ }, /\(Failed to fetch\)/],
    [
      'a server error',
      { answer: { url: /\/data\/stories\/index\.json$/, status: 500, body: 'oops' } },
      /\(data\/stories\/index\.json: the server answered 500/,
    ],
    [
      'invalid JSON',
      { answer: { url: /\/data\/stories\/index\.json$/, body: '{"version": 1, "stor' } },
      /\(data\/stories\/index\.json: not valid JSON\)/,
    ],
  ];
  for (const [what, fault, reason] of failures) {
    const { page, context } = await open(browser, server.origin, `/?story=${SLUG}`, fault);
    const alert = page.getByRole('alert').filter({ hasText: 'The list of stories could not be loaded' });
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, new RegExp(`could not be loaded, so “${SLUG}” cannot be checked`), what);
    assert.match(text, reason, what);
    assert.doesNotMatch(text, /no story/, what);
    await context.close();
  }
});

test('the embed’s "Open the full map" keeps the story and the place', async () => {
  const { page, context } = await open(browser, server.origin, `/embed.html?story=${SLUG}&place=AF18`);
  await page.getByRole('heading', { level: 2, name: /Takhar/ }).waitFor();
  const link = page.getByRole('link', { name: /Open the full map/ });
  assert.equal(await link.getAttribute('href'), `${server.origin}/?story=${SLUG}#/place/AF18`);
  const [reader] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await reader.locator('.place-nav [data-place="AF18"][aria-current="true"]').waitFor();
  await context.close();
});

test('the embed and the presenter view say so too when the story name is unknown, and offer the stories', async () => {
  for (const path of ['/embed.html', '/presenter.html']) {
    const { page, context } = await open(browser, server.origin, `${path}?story=no-such-story`);
    const list = page.getByRole('navigation', { name: 'Stories on this site' });
    await list.getByRole('link', { name: TITLE }).waitFor();
    await page
      .getByRole('alert')
      .filter({ hasText: /no story “no-such-story”/ })
      .waitFor();
    assert.doesNotMatch(
      await page.getByRole('alert').first().innerText(),
      /notice\./,
      `${path}: no key shown`,
    );
    await context.close();
  }
});

test('the reader’s first view loads no studio code', async () => {
  const scripts = async (path: string) => {
    const { page, context } = await open(browser, server.origin, path);
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) loaded.push(new URL(r.url()).pathname);
    });
    await page.reload({ waitUntil: 'networkidle' });
    await context.close();
    return loaded;
  };
  const reader = await scripts('/');
  const studioScripts = await scripts('/studio.html');
  const studioEntry = /src="\.\/(assets\/studio-[^"]+\.js)"/.exec(
    readFileSync(join(site, 'studio.html'), 'utf8'),
  )?.[1];
  assert.ok(studioEntry && studioScripts.includes(`/${studioEntry}`), 'the studio has its own entry chunk');
  const studioOnly = studioScripts.filter((s) => !reader.includes(s));
  assert.ok(
    studioOnly.some((s) => s.includes('engine.worker')),
    'the engine worker is the studio’s',
  );
  for (const s of reader) {
    assert.ok(!studioOnly.includes(s), `${s} is studio code`);
    const code = readFileSync(join(site, s), 'utf8');
    assert.doesNotMatch(code, /north-atlas-studio|Article text/, `${s} holds studio code`);
  }
  const bytes = (list: string[]) => list.reduce((n, s) => n + readFileSync(join(site, s)).length, 0);
  console.log(
    `first view JS: reader ${bytes(reader)} bytes in ${reader.length} files; studio ${bytes(studioScripts)}`,
  );
});
