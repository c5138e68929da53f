import * as v from 'valibot';

// The story data contract: what the engine writes, what the app validates on load.
// Types are inferred from these schemas; change a field here and every consumer follows.
// valibot because the app validates story.json on load and the reader's first JS must stay small: its
// functions tree-shake to the few the schema uses.

export const STORY_VERSION = 1;

/** Place ids: P-codes (AF19, AF1907), ISO3 (TJK) or a lowercase region slug (central-asia). */
export const PlaceId = v.pipe(
  v.string(),
  v.regex(/^(AF\d{2}(\d{2})?|[A-Z]{3}|[a-z][a-z0-9-]*)$/, 'not a place id'),
);

/**
 * No object in these files is a list, but valibot's object and record schemas take any non-null object, arrays
 * too (`"places": []` would read as no places). Piped in front of them where a list would otherwise pass.
 */
export const NotArray = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  (issue) => `Invalid type: Expected Object but received ${issue.received}`,
);

/** A UTF-16 offset. */
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const Span = {
  /** Offsets into the passage text (UTF-16, end exclusive). */
  start: Offset,
  end: Offset,
  /** Offsets into the original source file (UTF-16, end exclusive). */
  sourceStart: Offset,
  sourceEnd: Offset,
};

/** Whether a story's source address is one to link: http(s) only, never javascript:, data: or file:. */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
}

export const WEB_URL_PROBLEM = 'is not a web address: use an http:// or https:// URL';

export const Meta = v.object({
  title: v.string(),
  byline: v.optional(v.string()),
  date: v.optional(v.string()),
  publisher: v.optional(v.string()),
  url: v.optional(
    v.pipe(
      v.string(),
      v.check(isWebUrl, (issue) => `${JSON.stringify(issue.input)} ${WEB_URL_PROBLEM}`),
    ),
  ),
});

export const Section = v.object({ id: v.string(), title: v.string() });

export const Passage = v.object({
  id: v.string(),
  section: v.nullable(v.string()),
  text: v.string(),
  sourceStart: Offset,
  sourceEnd: Offset,
  /** Places an annotation ties to this passage beyond the ones it names. */
  annotatedPlaces: v.optional(v.array(PlaceId)),
});

export const RemovedReason = v.picklist([
  'navigation',
  'title',
  'caption',
  'bio',
  'legal',
  'promo',
  'byline',
  'duplicate',
  'other',
]);

export const Removed = v.object({
  text: v.string(),
  reason: RemovedReason,
  sourceStart: Offset,
  sourceEnd: Offset,
});

export const Mention = v.object({
  id: v.string(),
  passage: v.string(),
  ...Span,
  text: v.string(),
  place: PlaceId,
  /** How the link was made: exact name, fuzzy spelling, context for an ambiguous name, or an annotation. */
  via: v.picklist(['name', 'fuzzy', 'context', 'annotation']),
});

export const Speaker = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  places: v.array(PlaceId),
  /** Stated by the text (pronouns, titles); absent when it never says. */
  gender: v.optional(v.picklist(['male', 'female'])),
});

export const Quote = v.object({
  id: v.string(),
  passage: v.string(),
  ...Span,
  text: v.string(),
  speaker: v.nullable(v.string()),
  places: v.array(PlaceId),
  /** Id of the quote this one continues (a quotation running on into the next paragraph). */
  continues: v.optional(v.string()),
});

export const PlaceItems = v.object({
  passages: v.array(v.string()),
  quotes: v.array(v.string()),
});

export const Unresolved = v.object({
  passage: v.string(),
  start: Offset,
  end: Offset,
  text: v.string(),
  candidates: v.array(PlaceId),
  reason: v.string(),
});

/** A point the editor pinned: a place of the story with the district and province that contain it. */
export const StoryPin = v.object({
  id: PlaceId,
  name: v.string(),
  name_da: v.optional(v.string()),
  /** [longitude, latitude]. A check, not valibot's tuple: the reader's first view carries no tuple code. */
  at: v.custom<[number, number]>(
    (x) => Array.isArray(x) && x.length === 2 && x.every((n) => typeof n === 'number' && Number.isFinite(n)),
    'needs [longitude, latitude]',
  ),
  /** Null when the point lies in a province outside the four the map draws in detail. */
  district: v.nullable(PlaceId),
  province: PlaceId,
  /** Distance (km) and bearing (degrees from north) from the provincial capital, when the map knows it. */
  fromCapital: v.optional(v.object({ name: v.string(), km: v.number(), deg: v.number() })),
  /** The international border, when within PIN_BORDER_KM. */
  border: v.optional(v.object({ country: PlaceId, km: v.number() })),
});

/** A stop of an editor's guided tour (from the annotation file). */
export const TourStop = v.object({
  place: PlaceId,
  passage: v.optional(v.string()),
  title: v.optional(v.string()),
  text: v.optional(v.string()),
});

export const Story = v.pipe(
  NotArray,
  v.object({
    version: v.literal(STORY_VERSION),
    meta: Meta,
    sections: v.array(Section),
    passages: v.array(Passage),
    removed: v.array(Removed),
    mentions: v.array(Mention),
    speakers: v.array(Speaker),
    quotes: v.array(Quote),
    places: v.pipe(NotArray, v.record(v.string(), PlaceItems)),
    unresolved: v.array(Unresolved),
    tour: v.optional(v.array(TourStop)),
    pins: v.optional(v.array(StoryPin)),
  }),
);

export type Meta = v.InferOutput<typeof Meta>;
export type Section = v.InferOutput<typeof Section>;
export type Passage = v.InferOutput<typeof Passage>;
export type Removed = v.InferOutput<typeof Removed>;
export type RemovedReason = v.InferOutput<typeof RemovedReason>;
export type Mention = v.InferOutput<typeof Mention>;
export type Speaker = v.InferOutput<typeof Speaker>;
export type Quote = v.InferOutput<typeof Quote>;
export type PlaceItems = v.InferOutput<typeof PlaceItems>;
export type Unresolved = v.InferOutput<typeof Unresolved>;
export type TourStop = v.InferOutput<typeof TourStop>;
export type StoryPin = v.InferOutput<typeof StoryPin>;
export type Story = v.InferOutput<typeof Story>;
