import type { MessageKey } from './en.ts';
import type { Catalog } from './types.ts';

// Messages with their parameters filled in. A number parameter is written in the catalog's digits; `count`
// also picks the plural form.

export type Params = Record<string, string | number>;

export interface Translate {
  (key: MessageKey, params?: Params): string;
  catalog: Catalog<MessageKey>;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The message's text for these parameters: its plural form first, then each `{name}` replaced. */
export function formatMessage(catalog: Catalog<MessageKey>, key: MessageKey, params: Params = {}): string {
  const message = catalog.messages[key];
  const count = params.count;
  const text =
    typeof message === 'string'
      ? message
      : (message[typeof count === 'number' ? catalog.plural(count) : 'other'] ?? message.other);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? catalog.number(value) : value;
  });
}

export function translator(catalog: Catalog<MessageKey>): Translate {
  const t = (key: MessageKey, params?: Params) => formatMessage(catalog, key, params);
  return Object.assign(t, { catalog });
}

/**
 * A message around elements: its text split at the parameters `nodes` names, each replaced by its node
 * (a `<bdi>` around a name, a visually hidden span), the other parameters filled in as text.
 */
export function messageParts<N>(
  catalog: Catalog<MessageKey>,
  key: MessageKey,
  nodes: Record<string, N>,
  params: Params = {},
): (string | N)[] {
  const text = formatMessage(catalog, key, params);
  const parts: (string | N)[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const node = nodes[m[1] ?? ''];
    if (node === undefined) continue;
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(node);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
