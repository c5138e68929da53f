// "همسایه‌ها او را «کاکا رحیم» صدا می‌زدند", "همه «ماما نور» صدایش می‌کنند": a Dari text names a person it has named
// by the name others call them. Where that name stands later ("کاکا رحیم خندید. «…» گفت."), it is that person.
import { DARI_KIN_NOUNS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { escapeRegExp } from './regex-parts.ts';
import { insideQuote, type Reading, type SpeakerDraft, type SpeakerTable } from './speakers.ts';
import { matchesOf } from './matches.ts';

/** A name in guillemets, one to three words: «کاکا رحیم». */
const QUOTED_NICK = '«(?<quoted>[^\\s«»،,.:!?؟]+(?:[ \\t]+[^\\s«»،,.:!?؟]+){0,2})»';
/** A bare nickname is a kin word and a short name, as such names go: "بابه نادر", "ماما نور". */
const BARE_NICK = `(?<bare>(?:${[...DARI_KIN_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})[ \\t]+[^\\s«»،,.:!?؟]+)`;
const NICK = `(?:${QUOTED_NICK}|${BARE_NICK})`;
/** "صدا می‌زنند", "صدا می‌کردند", "خطاب می‌کنند": the verbs of calling someone by a name. */
const CALL_VERB = '(?:صدا|خطاب)[\\s\\u200C]+(?:می[\\s\\u200C]*)?(?:زد|زدند|زند|زنند|کرد|کردند|کند|کنند)';
/** "او را «X» صدا می‌زدند" or "«X» صدایش می‌کنند". */
const NICKNAME = new RegExp(
  `(?<![\\p{L}\\u200C])(?:(?:او|وی)[\\s\\u200C]+را[\\s\\u200C]+${NICK}[\\s\\u200C]+${CALL_VERB}|${NICK.replace('quoted', 'quoted2').replace('bare', 'bare2')}[\\s\\u200C]+صدایش[\\s\\u200C]+(?:می[\\s\\u200C]*)?(?:زنند|کنند|زدند|کردند))(?![\\p{L}\\u200C])`,
  'gu',
);
/** Paragraphs back a pronoun's "او را" looks for the person named. */
const NAMED_REACH = 1;

/** The named speaker whose name stands last before `at` in passage p, or the passage before. */
function lastNamedBefore(table: SpeakerTable, reading: Reading, p: number, at: number): SpeakerDraft | null {
  for (let k = p; k >= Math.max(0, p - NAMED_REACH); k--) {
    const text = (reading.texts[k] ?? '').slice(0, k === p ? at : undefined);
    let best: { speaker: SpeakerDraft; at: number } | null = null;
    for (const speaker of table.speakers) {
      if (speaker.anonymous || !speaker.name) continue;
      const found = text.lastIndexOf(speaker.name);
      if (found >= 0 && (!best || found > best.at)) best = { speaker, at: found };
    }
    if (best) return best.speaker;
  }
  return null;
}

/**
 * "نامش … عبدالرحیم. همسایه‌ها او را «کاکا رحیم» صدا می‌زدند.": the nickname stands for the person named just
 * before, so each later mention of it, outside quotations, is a mention of that person.
 */
export function findDariNicknames(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    for (const m of matchesOf(NICKNAME, text)) {
      const g = m.groups ?? {};
      const nick = (g['quoted'] ?? g['quoted2'] ?? g['bare'] ?? g['bare2'] ?? '').trim();
      const person = nick ? lastNamedBefore(table, reading, p, m.index) : null;
      if (!person || normalizeName(nick) === normalizeName(person.name)) continue;
      table.addNickname(person, nick);
      noteMentions(table, reading, p, m.index + m[0].length, nick, person);
    }
  });
}

/** Every mention of `nick` from passage p's offset `from` on, outside quotations, as a mention of `person`. */
function noteMentions(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  from: number,
  nick: string,
  person: SpeakerDraft,
): void {
  for (let k = p; k < reading.texts.length; k++) {
    const text = reading.texts[k] ?? '';
    const inside = insideQuote(reading, k);
    for (
      let at = text.indexOf(nick, k === p ? from : 0);
      at >= 0;
      at = text.indexOf(nick, at + nick.length)
    ) {
      if (!inside(at))
        table.noteGivenName({ passage: k, start: at, end: at + nick.length, speaker: person.id });
    }
  }
}
