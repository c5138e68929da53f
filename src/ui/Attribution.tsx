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
    <footer className="attribution" id={FIRST_VIEW_END_ID}>
      <p>
        <Credits id="credits.reader" />
      </p>
    </footer>
  );
}
