import { en, type MessageKey } from './en.ts';
import { presentingMessages } from './en-presenting.ts';
import type { Catalog } from './types.ts';

// The presenter view's words in English (its own page, presenter.html): they join the English catalog there
// (withPresenterWords), so the reader's first view never carries them. Dari has them in its own chunk.

export const presenterMessages = {
  'presenter.brand': 'North Atlas · presenter view',
  'presenter.blank': 'Blank the screen',
  'presenter.audience': 'Open the audience window',
  'presenter.skipped': 'The annotation file’s tour has stops that cannot be shown:',
  'presenter.skippedPlace': 'stop {n} (tour[{index}]): the place {id} is not on this map',
  'presenter.skippedPassage': 'stop {n} (tour[{index}]): the story has no passage {id}',
  'presenter.where': 'Stop {n} of {total} · {where}',
  'presenter.now': 'Now: {title}',
  'presenter.loading': 'Loading the story…',
  'presenter.noStops': 'No stops to present.',
  'presenter.side': 'Notes and what comes next',
  'presenter.notes': 'Notes',
  'presenter.audienceBlank': 'The audience screen is blank.',
  'presenter.next': 'Next',
  'presenter.nextTitle': 'Next: {title}',
  'presenter.end': 'End of the tour.',
  'presenter.all': 'All stops',
  'presenter.quotation': ' · quotation',
  'notes.province': '{name} (province)',
  'notes.district': '{name} (district in {province})',
  'notes.country': '{name} (country)',
  'notes.pin': '{name} (pinned place in {province})',
  'notes.place': '{what}: {passages} and {quotes} of the story concern it.',
  'notes.quotations': { one: '{count} quotation', other: '{count} quotations' },
  'notes.first': 'First named in paragraph {n}.',
  'notes.unattributed': 'The article does not say who said this.',
  'notes.speaker': '{name}.',
  'notes.described': '{name}, {description}.',
  'timer.label': 'Timer',
  'timer.elapsed': 'Elapsed time',
  'timer.pause': 'Pause',
  'timer.resume': 'Resume',
  'timer.reset': 'Reset',
} as const satisfies Record<string, Catalog['messages'][string]>;

/** English with the presenter view's words: what the presenter's page reads. */
export const englishForPresenter: Catalog<MessageKey> = {
  ...en,
  messages: { ...en.messages, ...presenterMessages, ...presentingMessages },
};
