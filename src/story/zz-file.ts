import { readFileSync } from 'node:fs';
import { parseArticle } from '../../tests/eval/corpus.ts';
import { readWithCountry } from './test-helpers.ts';
const f = process.argv[2] ?? '';
const a = parseArticle(readFileSync(f, 'utf8'), f) as unknown as { text: string };
const s = readWithCountry(a.text);
for (const r of s.removed) console.log('REMOVED', r.reason, JSON.stringify(r.text.slice(0, 110)));
