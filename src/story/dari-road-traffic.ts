// «آیا راه جرم برای موترهای مسافربری باز است؟»: «راه» ("way", "road") before a place that is also a word (جرم
// "crime") is the road to the place where the clause opens or shuts it or sends vehicles over it; «راه جرم و
// جنایت» ("the path of crime") has none of that.

/** «راه», perhaps with its ezafe, right before the name. */
const ROAD_BEFORE = /(?:^|\s)راه(?:ٔ|\u200C?ی)?[ \t]+$/u;
/** The rest of the clause, up to its end. */
const CLAUSE_REST = /^[^.!?؟\n«»]{0,48}/u;
/** The vehicles and travellers on a road. */
const TRAFFIC_WORD = /(?:^|\s)(?:موتر\S*|لاری\S*|مسافر\S*|ترافیک|رفت‌وآمد|عبور)(?=[\s،,.!?؟]|$)/u;
/** An opened or shut road. */
const STATE_WORD = /(?:^|\s)(?:باز|بسته|مسدود)(?=[\s،,.!?؟]|$)/u;
/** «را» in the clause: the road is what someone opens («راه جرم را برای جوانان باز کرده»), the idiom's path. */
const OBJECT_MARK = /(?:^|\s)را(?=\s)/u;

/** Whether a word-like Dari name after «راه» is the road's end: its clause opens, shuts or drives over it. */
export function dariRoadWithTraffic(text: string, start: number, end: number): boolean {
  if (!ROAD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const rest = CLAUSE_REST.exec(text.slice(end, end + 48))?.[0] ?? '';
  return TRAFFIC_WORD.test(rest) || (STATE_WORD.test(rest) && !OBJECT_MARK.test(rest));
}
