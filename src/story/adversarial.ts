// Long and hostile articles for scaling checks (the property test and `npm run bench`): each kind is an
// input a newsroom may paste by accident — a PDF copy without blank lines, a transcript of short lines, a
// page in capitals — or one that once made a rule of the engine quadratic. Generated, deterministic for a
// seed, and as long as asked.

export type InputFormat = 'text' | 'html' | 'markdown';

export interface InputKind {
  name: string;
  format: InputFormat;
  /** About `chars` characters of input (UTF-16 units), the same for the same seed. */
  make: (chars: number, seed?: number) => string;
}

/** A small seeded generator (mulberry32): the same seed gives the same article. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(xs: readonly T[]) => T;
const picker =
  (rand: () => number): Pick =>
  (xs) =>
    xs[Math.floor(rand() * xs.length)] as (typeof xs)[number];

const GIVEN = [
  'Karim',
  'Gul',
  'Zarghona',
  'Nasrin',
  'Farid',
  'Habibullah',
  'Shirin',
  'Omar',
  'Mariam',
  'Ahmad',
];
const SURNAMES = [
  'Jawad',
  'Ahmadi',
  'Amiri',
  'Jalali',
  'Noori',
  'Sadat',
  'Wakhi',
  'Zaki',
  'Rahimi',
  'Haidari',
];
const SYLLABLES = ['ba', 'ka', 'ra', 'mi', 'zo', 'ta', 'lu', 'nu', 'sha', 'ho', 'de', 'fe', 'gu', 'ji', 'wa'];
const PLACES = [
  'Kunduz',
  'Takhar',
  'Badakhshan',
  'Taloqan',
  'Fayzabad',
  'Khwaja Ghar',
  'Dasht-e-Archi',
  'Qala-e-Zal',
  'Baharak',
  'Pakistan',
  'Tajikistan',
  'Uzbekistan',
  'Central Asia',
];
/** Misspellings the fuzzy matcher reads as places. */
const VARIANTS = ['Konduz', 'Takar', 'Badakshan', 'Taliqan', 'Fayzabaad'];
const ROLES = ['farmer', 'teacher', 'trader', 'doctor', 'police spokesman', 'district governor', 'nurse'];
const QUOTES = [
  'The road has been closed for weeks',
  'We sold the last of our wheat before the winter',
  'Nobody came to help us when the river rose',
  'The fighting moved closer to the market every night',
  'Prices are falling now that the bridge is open',
  'Our children walk two hours to reach the school',
];

/** A person's name; with `distinct`, one of thousands made of syllables, else one of a hundred. */
function personName(pick: Pick, distinct: boolean): string {
  if (!distinct) return `${pick(GIVEN)} ${pick(SURNAMES)}`;
  const word = () => {
    const w = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return `${pick(GIVEN)} ${word()}${pick(['', 'i', 'zai'])}`;
}

/** One sentence of reporting: names, quotations (curly, straight, single), places, roles, organisations. */
function sentence(pick: Pick, rand: () => number, distinct: boolean): string {
  const name = personName(pick, distinct);
  const surname = name.split(' ').at(-1) ?? name;
  const place = pick(PLACES);
  const other = rand() < 0.2 ? pick(VARIANTS) : pick(PLACES);
  const quote = pick(QUOTES);
  const role = pick(ROLES);
  const n = 2 + Math.floor(rand() * 90);
  const templates = [
    () => `“${quote},” said ${name}, a ${role} in ${place}.`,
    () => `${name}, the ${role} of ${place} district, said the road to ${other} was closed.`,
    () => `According to ${name}, a ${role} from ${place}, ${n} families left ${other} province last week.`,
    () => `The Islamic Movement of Uzbekistan (IMU) was active near ${place}, officials said.`,
    () => `Residents of ${place} said "${quote}."`,
    () => `${place} province police spokesman ${name} said fighting continued near ${other}.`,
    () => `He said: "${quote}, and ${n} shops closed in ${other}."`,
    () => `'${quote},' she said in ${place}.`,
    () => `Mr. ${surname} told reporters in ${other} on Monday that ${n} shops had reopened.`,
    () => `A police official in ${place}, who asked not to be named, said the ${role} was arrested.`,
    () => `"${quote}," ${surname} said. "The officials' promises did not last."`,
    () => `Farmers in Baharak and ${other} said the harvest was poor, and ${name} agreed.`,
  ];
  return pick(templates)();
}

/** Repeat `piece(i)` until `chars` characters. */
function fill(chars: number, piece: (i: number) => string, sep = ' '): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length + sep.length;
  }
  return parts.join(sep).slice(0, chars);
}

const prose = (chars: number, seed: number, distinct = false, sep = ' ') => {
  const rand = random(seed);
  const pick = picker(rand);
  return fill(chars, () => sentence(pick, rand, distinct), sep);
};

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** A page as a newsroom copies it: headline, byline, dateline, subheads, captions, Q&A, footers, lists. */
function page(chars: number, seed: number): string {
  const rand = random(seed);
  const pick = picker(rand);
  const para = () =>
    Array.from({ length: 1 + Math.floor(rand() * 4) }, () => sentence(pick, rand, rand() < 0.5)).join(' ');
  const blocks = [
    () => `${titleCase(pick(QUOTES))}\n\nBy ${personName(pick, false)}\n12 March 2026`,
    () => `KUNDUZ, Afghanistan — ${para()}`,
    () => `${titleCase(pick(ROLES))} In ${pick(PLACES)}`,
    () => `A market in ${pick(PLACES)} (file photo).`,
    () => `Q: What happened in ${pick(PLACES)}?\n\nA: ${pick(QUOTES)}.`,
    () => `${personName(pick, false)}: ${pick(QUOTES)}.`,
    () => `More from Asia\n${titleCase(pick(QUOTES))}\n${titleCase(pick(QUOTES))}`,
    () => `(Reporting by ${personName(pick, false)} in Kabul; Editing by ${personName(pick, false)})`,
    () => `Share this article\n© 2026 North Atlas demo. All rights reserved.`,
    () => `${para()}\n${para().toLowerCase()}`,
    para,
    para,
    para,
  ];
  return fill(chars, () => pick(blocks)(), '\n\n');
}

/** The kinds of input every engine step must read in linear time. */
export const INPUT_KINDS: readonly InputKind[] = [
  { name: 'one paragraph of prose', format: 'text', make: (n, seed = 1) => prose(n, seed) },
  { name: 'pages with furniture', format: 'text', make: (n, seed = 8) => page(n, seed) },
  {
    name: 'short lines',
    format: 'text',
    make: (n, seed = 1) => {
      const rand = random(seed);
      const pick = picker(rand);
      const words = prose(n, seed).split(' ');
      let k = 0;
      return fill(
        n,
        () => {
          const len = 1 + Math.floor(rand() * 3);
          const line = words.slice(k, k + len).join(' ') || pick(PLACES);
          k += len;
          return line;
        },
        '\n',
      );
    },
  },
  {
    name: 'a table of many rows in columns of spaces',
    format: 'text',
    make: (n, seed = 4) => {
      const rand = random(seed);
      const pick = picker(rand);
      const row = () => `${pick(PLACES)}      ${pick(PLACES)}      ${Math.floor(rand() * 900)}      12`;
      return `District      Province      Wells      Pumps\n${fill(n, row, '\n')}`;
    },
  },
  { name: 'runs of colons', format: 'text', make: (n) => `Note${':'.repeat(n - 10)} : : x` },
  {
    // Once quadratic: each quotation asked whether its own paragraph, closing on a colon, was a speaker's heading.
    name: 'a paragraph of quotations closing on a colon',
    format: 'text',
    make: (n) => `Notes.\n\n${fill(n - 20, () => 'x "alpha beta gamma delta epsilon." ')}end:`,
  },
  {
    // Once quadratic: each short quotation nested in «…» read all the text before it for a colon.
    name: 'short quotations nested in one «…»',
    format: 'text',
    make: (n) => `«${fill(n - 2, () => 'سخن "آب نان" و ')}»`,
  },
  {
    // Once quadratic: each inner "he said, ‘…’" read the whole outer quotation before it for the person meant.
    name: 'inner quotations after "he said" in one long quotation',
    format: 'text',
    make: (n) =>
      `Floods.\n\n“${fill(n - 40, () => 'Karim Rahimi walked on and he said, ‘Go in there now friend.’ ')}” said Ahmad Shah.`,
  },
  {
    // Once quadratic: each coded interviewee looked through every speaker for its code.
    name: 'many interviewees cited by code',
    format: 'text',
    make: (n) =>
      fill(
        n,
        (i) =>
          `"It was dry," said ${String.fromCharCode(65 + (Math.floor(i / 26000) % 26), 65 + (Math.floor(i / 1000) % 26))}-${i % 1000}.`,
        '\n\n',
      ),
  },
  {
    name: 'a run of spaces inside a sentence',
    format: 'text',
    make: (n) => `Rain fell. ${' '.repeat(n - 60)}Then, a nurse called Shirin led us home.`,
  },
  {
    name: 'a transcript with a lower third over every turn',
    format: 'text',
    make: (n) =>
      fill(
        n,
        (i) =>
          `[00:00:12] [LOWER THIRD: NASIR WAHEDI / Ferryman ${i}]\n\n[00:00:15] WAHEDI: The ferry runs at dawn.`,
        '\n\n',
      ),
  },
  {
    name: 'repeated "reporting by"',
    format: 'text',
    make: (n) => `(${fill(n, () => 'Reporting by Reporting by Karim Jawad; editing by')}`,
  },
  { name: 'ALL-CAPS prose', format: 'text', make: (n, seed = 2) => prose(n, seed).toUpperCase() },
  { name: 'Title Case prose', format: 'text', make: (n, seed = 3) => titleCase(prose(n, seed)) },
  {
    name: 'one very long word',
    format: 'text',
    make: (n, seed = 4) => {
      const rand = random(seed);
      return `K${fill(n - 1, () => (rand() < 0.5 ? 'UNDUZ' : 'unduz'), '')}`;
    },
  },
  {
    name: 'accented letters before names',
    format: 'text',
    make: (n) => `The ${'éa'.repeat(n / 2 - 20)} Karim Jawad. Déjà Gul`,
  },
  {
    name: 'many straight single quotes',
    format: 'text',
    make: (n) => `He said ${fill(n - 8, (i) => `'w${i % 10}`)}`,
  },
  {
    name: 'many quotes and speakers',
    format: 'text',
    make: (n, seed = 5) => prose(n, seed, true, '\n\n'),
  },
  {
    name: 'HTML with unclosed <a',
    format: 'html',
    make: (n) => `<p>Fighting in Kunduz</p> ${fill(n - 30, (i) => (i % 7 ? '<a ' : `<a title="x${i} `))}`,
  },
  {
    name: 'HTML, deeply nested',
    format: 'html',
    make: (n, seed = 6) => {
      const depth = Math.floor(n / 40);
      return `${'<div><b>'.repeat(depth)}${prose(n - depth * 17, seed)}${'</b></div>'.repeat(depth)}`;
    },
  },
  {
    name: 'HTML article',
    format: 'html',
    make: (n, seed = 7) => {
      const rand = random(seed);
      const pick = picker(rand);
      return `<html><body><article><h1>Floods In Kunduz</h1>${fill(
        n - 60,
        () =>
          `<p>${sentence(pick, rand, false)} <a href="/x">${pick(PLACES)}</a> ${sentence(pick, rand, false)}</p>`,
        '\n',
      )}</article></body></html>`;
    },
  },
  {
    name: 'Markdown emphasis marks',
    format: 'markdown',
    make: (n) =>
      fill(n, (i) => fill(Math.min(n, 200_000), () => ['*a', '**a', '_a'][i % 3] ?? '', ' '), '\n'),
  },
];

/** A kind by name (for the bench). */
export function inputKind(name: string): InputKind {
  const kind = INPUT_KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`no input kind "${name}"`);
  return kind;
}
