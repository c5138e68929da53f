// "🎙 پیام صوتی یک باشندهٔ ولسوالی شغنان که به ما فرستاده:" then «…»: a feed or a bulletin quotes a message under
// a line naming its sender by a describing phrase; the sender ("one resident of …") owns the words.
import type { DariSubject } from './dari-attribution.ts';

/** The most characters of the line before the colon that introduces a message. */
const MESSAGE_REACH = 160;

/** "پیام صوتی یک …", "نامهٔ یک …", "ویدیوی یک …": a message noun right before its sender's «یک». */
const MESSAGE_NOUN =
  /(?:پیام(?:[\s\u200C](?:صوتی|ویدیویی|تصویری|تلفنی))?|نامهٔ|نامه‌ی|ویدیوی)[\s\u200C](?=یک[\s\u200C])/u;
/**
 * Where the sender's words end: the «که» clause after them ("که به ما فرستاده") or to whom it went ("نامهٔ یک
 * عضو پارلمان به رئیس جمهور آمده است"). "از ولسوالی چال" stays: where the sender is from describes them.
 */
const SENDER_END = /[\s\u200C](?:که|به|برای|را)[\s\u200C]/u;

/**
 * The sender the line ending at `end` (on a colon) names as a message's, as an indefinite source with its offsets
 * in `text`; null when the line names no message or no sender ("پیام صوتی به دست ما رسیده:").
 */
export function messageSender(text: string, end: number): DariSubject | null {
  const line = text.slice(Math.max(0, end - MESSAGE_REACH), end).trimEnd();
  // Cheap looks first: a colon closing the line, and a message word in it.
  if (!line.endsWith(':') || !/پیام|نامه|ویدیو/u.test(line)) return null;
  const from = Math.max(0, end - MESSAGE_REACH);
  const lastBreak = Math.max(
    line.lastIndexOf('\n'),
    line.lastIndexOf('.'),
    line.lastIndexOf('«'),
    line.lastIndexOf('»'),
  );
  const own = line.slice(lastBreak + 1, -1);
  const m = MESSAGE_NOUN.exec(own);
  if (!m) return null;
  const phrase = own.slice(m.index + m[0].length);
  const k = phrase.search(SENDER_END);
  const who = (k < 0 ? phrase : phrase.slice(0, k)).trim();
  if (who.split(/\s+/u).length < 2) return null;
  const start = from + lastBreak + 1 + m.index + m[0].length;
  return { name: null, role: who, pronoun: false, indefinite: true, start, end: start + who.length };
}
