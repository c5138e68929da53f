/**
 * A messaging app's chat export (WhatsApp and the like) pasted as it is: each message opens with its time stamp and
 * its sender ("[10/05/2026, 18:24] Name Surname: …", "10/05/2026, 18:24 - Name: …"). The stamp and the sender are
 * the export's apparatus, like a byline over each message; the message is the page's text. The app's own lines
 * (the encryption notice, "created group", "added", "left", "<Media omitted>", "This message was deleted") are
 * apparatus whole.
 */
import { ANY_DIGIT as DIGIT } from './regex-parts.ts';

const DATE = `${DIGIT}{1,2}[/.-]${DIGIT}{1,2}[/.-]${DIGIT}{2,4}`;
const TIME = `${DIGIT}{1,2}:${DIGIT}{2}(?::${DIGIT}{2})?(?:[ \\t\\u202f]?[AaPp]\\.?[Mm]\\.?)?`;
/** "[10/05/2026, 18:24] ", "10/05/2026, 18:24 - ": a message's time stamp. */
const STAMP = `(?:\\[${DATE},?[ \\t]${TIME}\\]|${DATE},?[ \\t]${TIME}[ \\t]-)[ \\t]`;
/** The stamp and the sender's name or number, then a colon: a message's head. */
const MESSAGE_HEAD = new RegExp(`^${STAMP}[^:\\n]{1,60}:[ \\t]+`, 'u');
/** The app's own line after a stamp: what happened to the group, or a notice. */
const SYSTEM_AFTER_STAMP = new RegExp(
  `^${STAMP}(?:messages and calls are end-to-end encrypted|[^:\\n]{1,60}[ \\t](?:created group|created this group|added|removed|left|joined using this group['’]s invite link|changed the (?:subject|group description|group icon|group name)|changed this group['’]s (?:icon|settings|description))\\b)`,
  'iu',
);
/** "<Media omitted>", "This message was deleted", "image omitted": a message the export does not carry. */
const EMPTY_MESSAGE =
  /^(?:<media omitted>|<attached:[^>\n]{1,120}>|(?:image|video|audio|sticker|gif|document) omitted|this message was deleted|you deleted this message|null|missed (?:voice|video) call)$/iu;

/** Where a message's text starts after its head (stamp and sender); null for a line that opens with none. */
export function messageHeadEnd(line: string): number | null {
  return MESSAGE_HEAD.exec(line)?.[0].length ?? null;
}

/** The app's own line, or a message it does not carry: apparatus whole. */
export function isChatSystemLine(line: string): boolean {
  if (SYSTEM_AFTER_STAMP.test(line)) return true;
  const head = messageHeadEnd(line);
  return head !== null && EMPTY_MESSAGE.test(line.slice(head).trim());
}
