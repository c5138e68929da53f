// Turning file bytes into article text, refusing what is not a text article. Pure: works on Uint8Array.

/** A problem with an input file, at a location in it ("byte 12", "line 3 column 5"). */
export class InputError extends Error {
  constructor(
    readonly location: string | null,
    readonly problem: string,
  ) {
    super(location ? `${location}: ${problem}` : problem);
    this.name = 'InputError';
  }
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const b1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return -1;
}

/** Decode an article file: UTF-8 (a BOM is dropped), not empty, not binary. Throws InputError. */
export function decodeArticle(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`byte ${nul}`, 'binary file (NUL byte), expected a plain-text article');
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw new InputError(`byte ${bad}`, 'invalid UTF-8');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.trim().length === 0) throw new InputError(null, 'empty article');
  return text;
}

/** JSON.parse with the failure placed at a line and column. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    let location = 'line 1 column 1';
    if (lc) location = `line ${lc[1]} column ${lc[2]}`;
    else if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const lines = before.split('\n');
      location = `line ${lines.length} column ${(lines.at(-1)?.length ?? 0) + 1}`;
    }
    // The engine's own "(line 3 column 5 …)" at the end of the message: the location says it already.
    const own = message.search(/\(line[^\n\r\u2028\u2029]*$/);
    throw new InputError(location, `malformed JSON (${own < 0 ? message : message.slice(0, own).trimEnd()})`);
  }
}
