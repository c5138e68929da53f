/** Offsets of a matched name in the text. */
interface Span {
  start: number;
  end: number;
}

/** «ده یک», «بیست یک»: "one in ten", the share a tithe takes — also the name of a district of Ghazni. */
const SHARE_NAME = /^(?:ده|بیست)\s+یک$/u;
/** What a share is of, or the giving and taking of it, right after: «ده یک حاصلات», «ده یک می‌دهند», «ده یک گرفته می‌شود». */
const SHARE_AFTER =
  /^\s+(?:(?:حاصلات|حاصل|محصول|محصولات|پیداوار|خرمن|گندم)(?![\p{L}\u200C])|(?:را\s+)?(?:می[\u200C ]?|ب|ن)?(?:دهند|دهد|دهیم|دادند|دادیم|داد|دادن|گیرند|گیرد|گرفتند|گرفت|گرفته|گرفتن|پردازند|پرداختند|پرداخت)(?![\p{L}]))/u;

/**
 * «زمین‌های للمی ده یک می‌دهند», «ده یک حاصلات خود را به طالبان می‌دهند»: «ده یک» as the tithe's share, given or
 * taken or of a harvest; the district is where something is («در ده یک»), not what is paid.
 */
export function dariTitheShare(text: string, span: Span): boolean {
  return (
    SHARE_NAME.test(text.slice(span.start, span.end)) && SHARE_AFTER.test(text.slice(span.end, span.end + 30))
  );
}
