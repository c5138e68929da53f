import { readWithCountry } from './test-helpers.ts';
const paras = process.argv.slice(2);
const s = readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
console.log(JSON.stringify(s.removed.map((r) => [r.reason, r.text])));
console.log(s.mentions.map((m) => `${m.text}=${m.place}`).join(' '));
