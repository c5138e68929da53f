import mapshaper from 'mapshaper';
import { GeodataError } from './errors.ts';

/** Runs mapshaper in-process; outputs are returned by file name as UTF-8 text. */
export async function runMapshaper(
  tokens: readonly string[],
  input: Record<string, string> = {},
): Promise<Record<string, string>> {
  let out: Record<string, Uint8Array | string>;
  try {
    out = await mapshaper.applyCommands(tokens, input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GeodataError(`mapshaper failed: ${message}`, { cause: error });
  }
  const text: Record<string, string> = {};
  const decoder = new TextDecoder();
  for (const [name, content] of Object.entries(out)) {
    text[name] = typeof content === 'string' ? content : decoder.decode(content);
  }
  return text;
}
