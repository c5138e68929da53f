// node --import tsx scripts/dari-font.ts
//
// The Dari interface's font, cut at build time (part of `npm run data`): Vazirmatn (OFL, the `vazirmatn`
// package) subset with harfbuzz (`subset-font`) to the characters Dari text uses (src/i18n/dari-glyphs.ts),
// written as woff2 next to the stylesheet that names it (src/i18n/dari-font.css), in src/i18n/fonts/ (not
// committed). Its shaping tables
// are kept, so letters still join and ligate.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { messages } from '../src/i18n/da.ts';
import { dariGlyphs } from '../src/i18n/dari-glyphs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'src/i18n/fonts');
const WEIGHTS = { 400: 'Regular', 700: 'Bold' } as const;

function placeNames(): string[] {
  const file = process.env.NORTH_ATLAS_GAZETTEER ?? join(ROOT, 'public/data/gazetteer.json');
  const gazetteer = JSON.parse(readFileSync(file, 'utf8')) as { entries: { name_da?: string }[] };
  return gazetteer.entries.map((e) => e.name_da ?? '');
}

async function main(): Promise<void> {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
    'fonts/webfonts',
  );
  const texts = [...Object.values(messages), ...placeNames()];
  const glyphs = dariGlyphs(texts);
  mkdirSync(OUT, { recursive: true });
  for (const [weight, name] of Object.entries(WEIGHTS)) {
    const font = await subsetFont(readFileSync(join(dir, `Vazirmatn-${name}.woff2`)), glyphs, {
      targetFormat: 'woff2',
    });
    const path = join(OUT, `vazirmatn-dari-${weight}.woff2`);
    writeFileSync(`${path}.tmp`, font);
    renameSync(`${path}.tmp`, path);
    console.log(`dari-font: ${[...glyphs].length} characters, weight ${weight}: ${font.length} bytes`);
  }
}

main().catch((e: unknown) => {
  console.error(`dari-font: ${(e as Error).message}`);
  process.exitCode = 1;
});
