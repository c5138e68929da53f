import { slugify } from '../story/hash.ts';
import { slugForStory } from '../story/story-slug.ts';
import { transliterate } from '../story/transliterate.ts';
import { storyFile } from '../story/story-file.ts';
import { draftTitle } from './draft-sync.ts';
import { saveFile } from './save-file.ts';
import { currentStory, type StudioState } from './studio-store.ts';

// The draft out of the browser, whatever state the studio is in: the story file when the engine has read
// the draft as it is (Open story loads it back), else the article's text (Open article loads that).

/** Downloads the draft and returns the file's name, or null when there is no draft. */
export function downloadDraft(s: StudioState): string | null {
  const { draft } = s;
  if (!draft) return null;
  const story = currentStory(s);
  if (story) {
    const name = `${slugForStory(story, s.places).slug}.story.json`;
    saveFile(name, `${JSON.stringify(storyFile(draft.text, draft.annotations, story), null, 2)}\n`);
    return name;
  }
  const name = `${slugify(transliterate(draftTitle(s, draft)))}.txt`;
  saveFile(name, draft.text, 'text/plain;charset=utf-8');
  return name;
}
