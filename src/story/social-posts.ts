/**
 * A social page's frame round its posts, as a Facebook page pastes: the name of the page (or of the page whose post
 * it shares) over the post's time and audience («۳ روز · 🌐», "2d · 🌐"), and each reader's comment — a name, the
 * comment, and its foot («لایک · پاسخ · ۳ روز», "Like · Reply · 2d") — in one block under the post. The posts are
 * the page's text; the names over them and the comments under them are not.
 */
import { isCommentFoot } from './page-chrome.ts';
import { wordCount } from './word-count.ts';
import type { RemovedReason } from './schema.ts';

/** A line of the page as paragraphs.ts holds it. */
interface PostLine {
  text: string;
  block: number;
  kind: RemovedReason | 'body' | 'heading';
}

/** "۳ روز · 🌐", "Yesterday at 4:15 PM · 👥", «دیروز ساعت ۴:۱۵ عصر · 🌐»: when the post went up, then who may see it. */
const AUDIENCE_STAMP = /^[^\n]{1,40}[ \t]*[·•][ \t]*(?:🌐|👥|🔒|🌍|🌎|🌏)\uFE0F?$/u;
/** Longest name of a page over its post's stamp ("… – Takhar shared a post.", «… اشتراک‌گذاری کرد»), in words. */
const MAX_POSTER_WORDS = 14;
/** "… shared a post.", "… shared a link.": the page's name with what it shared, its full stop the button's. */
const SHARED_TAIL = /(?<![^ \t])shared[ \t]an?[ \t](?:post|link|photo|video|memory|event|reel)\.?$/iu;
/** "· edited", «· ویرایش شده»: a comment's foot may say it was edited. */
const EDITED_TAIL = /[·•|][ \t]*(?:edited|ویرایش[ \u200C]?شده)$/iu;
/** Longest comment read as one (lines, its writer's name with them). */
const MAX_COMMENT_LINES = 6;
/** Longest commenter's name, in words. */
const MAX_COMMENTER_WORDS = 4;

const isStory = (it: PostLine | undefined): it is PostLine =>
  !!it && (it.kind === 'body' || it.kind === 'heading');

/** Whether a line is a post's time and audience. */
export const isAudienceStamp = (text: string): boolean => AUDIENCE_STAMP.test(text.trim());

/** Whether a line is a comment's foot, "edited" or not. */
export const isFootOfComment = (text: string): boolean => isCommentFoot(text.trim().replace(EDITED_TAIL, ''));

/** A name of a page or a person: short, no sentence's end, no colon. */
const isNameLine = (text: string, maxWords: number): boolean =>
  wordCount(text) <= maxWords && !/[.!?؟:：«»"“”]/u.test(text.trim());

/** The page's name right over a post's stamp, in the stamp's block: furniture. */
export function markPosterNames(items: PostLine[]): void {
  items.forEach((stamp, i) => {
    const name = items[i - 1];
    if (!isStory(name) || name.block !== stamp.block || !isAudienceStamp(stamp.text)) return;
    if (isNameLine(name.text.trim().replace(SHARED_TAIL, ''), MAX_POSTER_WORDS)) name.kind = 'navigation';
  });
}

/** "18 هزار دنبال‌کننده · سازمان دولتی", "3.4K followers": a page's count of followers, under its name. */
const FOLLOWERS =
  /(?:^|[·•|])[ \t]*[\d\u06F0-\u06F9\u0660-\u0669.,٫]+(?:[ \t]*(?:K|M|هزار|میلیون))?[ \t]*(?:followers|دنبال[\u200C ]?کننده)/iu;

/**
 * A comment's lines over its foot, back to its writer's name opening the block: a reader's, not the page's — on a
 * page that counts its followers (an office's or an outlet's). A person's own thread, where the comments answer the
 * post, is the page's text (a forum's replies are).
 */
export function markFootedComments(items: PostLine[]): void {
  if (!items.some((it) => it.text.length <= 80 && FOLLOWERS.test(it.text))) return;
  items.forEach((foot, i) => {
    if (!isFootOfComment(foot.text)) return;
    let first = i;
    while (first > 0 && items[first - 1]?.block === foot.block && i - first < MAX_COMMENT_LINES) first--;
    const lines = items.slice(first, i);
    const name = lines[0];
    if (!name || items[first - 1]?.block === foot.block) return;
    if (lines.length < 2 || !isNameLine(name.text, MAX_COMMENTER_WORDS)) return;
    for (const line of lines) if (isStory(line)) line.kind = 'other';
  });
}
