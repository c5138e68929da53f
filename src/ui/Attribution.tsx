import type { MessageKey } from '../i18n/en.ts';
import { FIRST_VIEW_END_ID } from '../state/site-page.ts';
import { Message } from './Message.tsx';

// The credits the boundaries' licence asks for. The sources' own names stay as they are, set apart so they
// keep their direction inside a Dari sentence.

const credit = (name: string) => (
  <bdi lang="en" data-verbatim="credit">
    {name}
  </bdi>
);

export const CREDIT_NAMES = {
  agcho: credit('AGCHO / OCHA (CC BY-IGO 3.0)'),
  ne: credit('Natural Earth'),
  maplibre: credit('MapLibre'),
};

export function Credits({ id }: { id: Extract<MessageKey, `credits.${string}`> }) {
  return <Message id={id} nodes={CREDIT_NAMES} />;
}

export function Attribution() {
  return (
    <footer className="attribution" id="credits">
      <p>
        <Credits id="credits.reader" />
      </p>
      {/* The end of the first view, after the credits' text: a page's first paint waits for it (rel=expect
          unblocks when the element is in the DOM, before its children are parsed). */}
      <span id={FIRST_VIEW_END_ID} hidden />
    </footer>
  );
}
