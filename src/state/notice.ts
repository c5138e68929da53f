import type { NoticeKey } from '../i18n/en-notices.ts';

// What went wrong loading the map or the story: a message of the interface, said in the reader's language,
// and the technical detail (the file, the place in it, what is wrong), kept as the code wrote it.

export interface Notice {
  key: NoticeKey;
  /** The story name the address gave, set apart in the message. */
  slug?: string;
  detail?: string;
}
