import type { Catalog } from './types.ts';

// What the reader is told when the map or the story cannot be had, in English. Only a page with something
// to tell loads these (catalogs.ts, withNoticeWords), so the first view never carries them; Dari has them
// in its own chunk. `{slug}` is a name set apart in the page.

export const noticeMessages = {
  'notice.storyNotLoaded': 'The story could not be loaded.',
  'notice.storyNotRead': 'The story could not be read.',
  'notice.noSuchStory': 'There is no story “{slug}” on this site.',
  'notice.badStoryName':
    '“{slug}” in the address is not a story name: a story name has lowercase letters, digits and hyphens.',
  'notice.storyListMissing':
    'The list of stories could not be loaded, so “{slug}” cannot be checked and shown; reload the page to try again.',
  'notice.mapNotLoaded': 'The map data could not be loaded.',
  'notice.mapNotRead': 'The map data could not be read.',
  'notice.details': 'Technical details',
} as const satisfies Record<string, Catalog['messages'][string]>;

export type NoticeKey = Exclude<keyof typeof noticeMessages, 'notice.details'>;
