import { createElement, Fragment, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { messageParts, type Params } from '../i18n/translate.ts';
import { useT } from './use-t.ts';

/** A message with elements in it (a name set apart in `<bdi>`), in whatever order the language puts them. */
export function Message({
  id,
  nodes,
  params,
}: {
  id: MessageKey;
  nodes: Record<string, ReactNode>;
  params?: Params;
}) {
  const t = useT();
  // Spread as children, not passed as an array: the parts are a fixed sequence, not a list needing keys.
  return createElement(Fragment, null, ...messageParts(t.catalog, id, nodes, params));
}
