import { lastBelow } from './reading-cache.ts';

// Where speakers are named, in reading order, with the questions attribution asks of them answered by binary
// search: "who was named last before here (a person, of this gender)?", "who was named last before here among
// those a description calls a farmer?". Walking the whole list back for each pronoun or "said the farmer" would
// make a long article with many speakers quadratic.

/** A speaker named in the text (outside quotations), in reading order. */
export interface PersonEvent {
  passage: number;
  start: number;
  end: number;
  speaker: string;
}

export type Gender = 'male' | 'female';

/** What the index needs to know of a speaker: its gender and description change as the text is read. */
export interface EventSpeaker {
  gender: Gender | null;
  description: string;
}

/** An event with its place among events at the same offset (the later noted, the later). */
interface Entry extends PersonEvent {
  seq: number;
}

export const byOrder = (a: PersonEvent, b: PersonEvent): number => a.passage - b.passage || a.start - b.start;
const byEntry = (a: Entry, b: Entry): number => byOrder(a, b) || a.seq - b.seq;
/** A mention's place in reading order as one number: its passage, then its offset (passages are far shorter than 2^32 characters). */
export const positionKey = (passage: number, start: number): number => passage * 2 ** 32 + start;

/** Insert into an ordered list after the entries that come before or with it. */
function insert(list: Entry[], entry: Entry): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid];
    if (item && byEntry(item, entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, entry);
}

/** The last entry of an ordered list strictly before (passage, pos). */
function lastBefore(list: readonly Entry[], passage: number, pos: number): Entry | undefined {
  return list[lastBelow(list, positionKey(passage, pos), (e) => positionKey(e.passage, e.start))];
}

export class PersonEvents {
  private all: Entry[] = [];
  private seq = 0;
  /** Events of speakers who are people, not organisations. */
  private people: Entry[] = [];
  private bySpeaker = new Map<string, Entry[]>();
  /** People's events by their speaker's gender, rebuilt when a gender has changed since. */
  private byGender: Record<Gender | 'unknown', Entry[]> | null = null;
  /** For each role asked about, the events of speakers whose description names it. */
  private byRole = new Map<string, Entry[]>();
  private readonly roleWords = new Map<string, RegExp>();

  constructor(
    private readonly speaker: (id: string) => EventSpeaker | undefined,
    private readonly isOrganisation: (id: string) => boolean,
  ) {}

  get list(): readonly PersonEvent[] {
    return this.all;
  }

  /** Where the text first names a speaker. */
  first(speaker: string): PersonEvent | null {
    return this.bySpeaker.get(speaker)?.[0] ?? null;
  }

  /** How many times the text names a speaker. */
  count(speaker: string): number {
    return this.bySpeaker.get(speaker)?.length ?? 0;
  }

  /** The events of passages `from` to `to` (both included), in reading order. */
  inPassages(from: number, to: number): readonly PersonEvent[] {
    const key = (e: Entry): number => positionKey(e.passage, e.start);
    return this.all.slice(
      lastBelow(this.all, positionKey(from, 0), key) + 1,
      lastBelow(this.all, positionKey(to + 1, 0), key) + 1,
    );
  }

  /** Replace every event (the full reading of where speakers are named). */
  reset(events: readonly PersonEvent[]): void {
    this.all = events.map((ev) => ({ ...ev, seq: this.seq++ })).sort(byEntry);
    this.people = this.all.filter((e) => !this.isOrganisation(e.speaker));
    this.bySpeaker = new Map();
    for (const e of this.all) {
      const own = this.bySpeaker.get(e.speaker);
      if (own) own.push(e);
      else this.bySpeaker.set(e.speaker, [e]);
    }
    this.byGender = null;
    this.byRole.clear();
  }

  add(ev: PersonEvent): void {
    const entry: Entry = { ...ev, seq: this.seq++ };
    insert(this.all, entry);
    const own = this.bySpeaker.get(ev.speaker) ?? [];
    insert(own, entry);
    this.bySpeaker.set(ev.speaker, own);
    if (this.isOrganisation(ev.speaker)) return;
    insert(this.people, entry);
    if (this.byGender) insert(this.byGender[this.speaker(ev.speaker)?.gender ?? 'unknown'], entry);
    const description = this.speaker(ev.speaker)?.description ?? '';
    for (const [role, list] of this.byRole) if (this.describes(description, role)) insert(list, entry);
  }

  /** A speaker's gender was learnt: the lists by gender are rebuilt when next asked. */
  genderChanged(): void {
    this.byGender = null;
  }

  /** A speaker without a description got one: its events join the lists of the roles it names. */
  described(id: string, description: string): void {
    for (const [role, list] of this.byRole)
      if (this.describes(description, role)) for (const e of this.bySpeaker.get(id) ?? []) insert(list, e);
  }

  /**
   * The person named last before (passage, pos) whose gender may be `gender` (any, when null): never an
   * organisation. Null when that is more than `reach` passages back or an anonymous source (`since`) spoke after.
   */
  lastPerson(
    passage: number,
    pos: number,
    gender: Gender | null,
    limits: { reach: number; since: PersonEvent | undefined },
  ): PersonEvent | null {
    let found: Entry | undefined;
    if (!gender) found = lastBefore(this.people, passage, pos);
    else {
      const lists = this.genderLists();
      const a = lastBefore(lists[gender], passage, pos);
      const b = lastBefore(lists.unknown, passage, pos);
      found = a && b ? (byEntry(a, b) > 0 ? a : b) : (a ?? b);
    }
    if (!found || (limits.since && byOrder(limits.since, found) > 0)) return null;
    return passage - found.passage > limits.reach ? null : found;
  }

  /** The event last before (passage, pos) of a speaker whose description names `role` ("the farmer"). */
  lastDescribedAs(role: string, passage: number, pos: number): PersonEvent | null {
    let list = this.byRole.get(role);
    if (!list) {
      list = this.all.filter((e) => this.describes(this.speaker(e.speaker)?.description ?? '', role));
      this.byRole.set(role, list);
    }
    return lastBefore(list, passage, pos) ?? null;
  }

  /** A description that names `role` as a word ("the district governor" names "governor"). */
  private describes(description: string, role: string): boolean {
    let re = this.roleWords.get(role);
    if (!re) this.roleWords.set(role, (re = new RegExp(`\\b${role}\\b`, 'i')));
    return re.test(description);
  }

  private genderLists(): Record<Gender | 'unknown', Entry[]> {
    if (!this.byGender) {
      const lists: Record<Gender | 'unknown', Entry[]> = { male: [], female: [], unknown: [] };
      for (const e of this.people) lists[this.speaker(e.speaker)?.gender ?? 'unknown'].push(e);
      this.byGender = lists;
    }
    return this.byGender;
  }
}
