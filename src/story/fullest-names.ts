// A person the text names shorter in one place and fuller in another ("Haji Sadiq" in a subhead, "Haji Mohammad
// Sadiq" in the body; «حاجی صادق» and «حاجی محمدصادق») is one speaker, named at the fullest.
import type { QuoteDraft } from './attribution.ts';
import { DARI_JOINED_NAME_HEADS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { personKey, type SpeakerDraft, type SpeakerTable } from './speakers.ts';

const JOINED_HEADS = DARI_JOINED_NAME_HEADS.map(normalizeName);
/** The shortest name a joined head leaves (letters): «محمدنبی» is called «نبی», never a two-letter stub. */
const MIN_TAIL = 3;

/**
 * The words a name answers to: its own (honorifics dropped), and the second half of a joined Dari name
 * («محمدصادق» is also «صادق», as Mohammad Sadiq is Sadiq).
 */
export function nameForms(name: string): Set<string> {
  const forms = new Set<string>();
  for (const w of personKey(name).split(' ').filter(Boolean)) {
    forms.add(w);
    const head = JOINED_HEADS.find((h) => w.startsWith(h) && w.length - h.length >= MIN_TAIL);
    if (head) forms.add(w.slice(head.length));
  }
  return forms;
}

/**
 * Each quotation given to a person under a shorter name than the text gives them elsewhere goes to the fuller
 * name, when only one person (or one line of ever fuller names) holds it: «حاجی صادق گفت» after «حاجی محمدصادق،
 * مرد شصت‌ساله‌ای،» is his. Two people the short name fits (a father and son sharing a surname) leave it alone.
 */
export function speakersAtFullest(drafts: readonly QuoteDraft[], table: SpeakerTable): void {
  const people = table.speakers.filter((s) => !s.anonymous && !table.isOrganisation(s.name));
  if (people.length < 2) return;
  const formsOf = new Map(people.map((s) => [s.id, nameForms(s.name)] as const));
  const byForm = new Map<string, SpeakerDraft[]>();
  for (const s of people)
    for (const f of formsOf.get(s.id) ?? []) {
      const list = byForm.get(f);
      if (list) list.push(s);
      else byForm.set(f, [s]);
    }
  const fullest = new Map<string, SpeakerDraft | null>();
  const fullerOf = (id: string): SpeakerDraft | null => {
    let found = fullest.get(id);
    if (found !== undefined) return found;
    const self = table.speaker(id);
    found = self && formsOf.has(id) ? fullerName(self, formsOf, byForm) : null;
    fullest.set(id, found);
    return found;
  };
  for (const d of drafts) {
    const to = d.speaker === null ? null : fullerOf(d.speaker);
    if (to) d.speaker = to.id;
  }
}

/** More people than this sharing a word of a name: too common a word to say whose fuller name it is. */
const MAX_HOLDERS = 8;

/** The one person whose name holds every word of `self`'s and more, or null. */
function fullerName(
  self: SpeakerDraft,
  formsOf: ReadonlyMap<string, ReadonlySet<string>>,
  byForm: ReadonlyMap<string, readonly SpeakerDraft[]>,
): SpeakerDraft | null {
  // A person the text describes under the shorter name is someone of their own («صادق، پسر دوازده‌ساله»).
  if (self.description) return null;
  const words = personKey(self.name).split(' ').filter(Boolean);
  const own = formsOf.get(self.id)?.size ?? 0;
  const holders = byForm.get(words.at(-1) ?? '') ?? [];
  if (holders.length > MAX_HOLDERS) return null;
  const size = (s: SpeakerDraft) => formsOf.get(s.id)?.size ?? 0;
  // More forms than the short name's, every word of it among them.
  const fuller = holders.filter((x) => {
    const forms = formsOf.get(x.id);
    return x !== self && !!forms && forms.size > own && words.every((w) => forms.has(w));
  });
  // The fullest of them, if each of the others is a shorter form of it.
  const top = fuller.reduce<SpeakerDraft | null>(
    (best, x) => (best && size(best) >= size(x) ? best : x),
    null,
  );
  const topForms = top ? formsOf.get(top.id) : undefined;
  if (!top || !topForms) return null;
  return fuller.every((x) => [...(formsOf.get(x.id) ?? [])].every((f) => topForms.has(f))) ? top : null;
}
