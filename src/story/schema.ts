import { z } from 'zod/mini';

// The story data contract: what the engine writes, what the app validates on load.
// Types are inferred from these schemas; change a field here and every consumer follows.
// zod/mini (the same zod, as functions instead of methods) because the app validates story.json on load
// and the reader's first JS must stay small: it tree-shakes to a fraction of the classic API.

export const STORY_VERSION = 1;

/** Place ids: P-codes (AF19, AF1907), ISO3 (TJK) or a lowercase region slug (central-asia). */
export const PlaceId = z
  .string()
  .check(z.regex(/^(AF\d{2}(\d{2})?|[A-Z]{3}|[a-z][a-z0-9-]*)$/, 'not a place id'));

const Span = {
  /** Offsets into the passage text (UTF-16, end exclusive). */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** Offsets into the original source file (UTF-16, end exclusive). */
  sourceStart: z.int().check(z.nonnegative()),
  sourceEnd: z.int().check(z.nonnegative()),
};

export const Meta = z.object({
  title: z.string(),
  byline: z.optional(z.string()),
  date: z.optional(z.string()),
  publisher: z.optional(z.string()),
  url: z.optional(z.string()),
});

export const Section = z.object({ id: z.string(), title: z.string() });

export const Passage = z.object({
  id: z.string(),
  section: z.nullable(z.string()),
  text: z.string(),
  sourceStart: z.int().check(z.nonnegative()),
  sourceEnd: z.int().check(z.nonnegative()),
  /** Places an annotation ties to this passage beyond the ones it names. */
  annotatedPlaces: z.optional(z.array(PlaceId)),
});

export const RemovedReason = z.enum([
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

export const Removed = z.object({
  text: z.string(),
  reason: RemovedReason,
  sourceStart: z.int().check(z.nonnegative()),
  sourceEnd: z.int().check(z.nonnegative()),
});

export const Mention = z.object({
  id: z.string(),
  passage: z.string(),
  ...Span,
  text: z.string(),
  place: PlaceId,
  /** How the link was made: exact name, fuzzy spelling, context for an ambiguous name, or an annotation. */
  via: z.enum(['name', 'fuzzy', 'context', 'annotation']),
});

export const Speaker = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  places: z.array(PlaceId),
  /** Stated by the text (pronouns, titles); absent when it never says. */
  gender: z.optional(z.enum(['male', 'female'])),
});

export const Quote = z.object({
  id: z.string(),
  passage: z.string(),
  ...Span,
  text: z.string(),
  speaker: z.nullable(z.string()),
  places: z.array(PlaceId),
  /** Id of the quote this one continues (a quotation running on into the next paragraph). */
  continues: z.optional(z.string()),
});

export const PlaceItems = z.object({
  passages: z.array(z.string()),
  quotes: z.array(z.string()),
});

export const Unresolved = z.object({
  passage: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
  candidates: z.array(PlaceId),
  reason: z.string(),
});

/** A stop of an editor's guided tour (from the annotation file). */
export const TourStop = z.object({
  place: PlaceId,
  passage: z.optional(z.string()),
  title: z.optional(z.string()),
  text: z.optional(z.string()),
});

export const Story = z.object({
  version: z.literal(STORY_VERSION),
  meta: Meta,
  sections: z.array(Section),
  passages: z.array(Passage),
  removed: z.array(Removed),
  mentions: z.array(Mention),
  speakers: z.array(Speaker),
  quotes: z.array(Quote),
  places: z.record(z.string(), PlaceItems),
  unresolved: z.array(Unresolved),
  tour: z.optional(z.array(TourStop)),
});

export type Meta = z.infer<typeof Meta>;
export type Section = z.infer<typeof Section>;
export type Passage = z.infer<typeof Passage>;
export type Removed = z.infer<typeof Removed>;
export type RemovedReason = z.infer<typeof RemovedReason>;
export type Mention = z.infer<typeof Mention>;
export type Speaker = z.infer<typeof Speaker>;
export type Quote = z.infer<typeof Quote>;
export type PlaceItems = z.infer<typeof PlaceItems>;
export type Unresolved = z.infer<typeof Unresolved>;
export type TourStop = z.infer<typeof TourStop>;
export type Story = z.infer<typeof Story>;
