import type { Quote, Story } from '../story/schema.ts';
import { speakerOf } from '../state/selectors.ts';
import { useT } from './use-t.ts';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

// A direct quotation as a pull quote, with who said it and how the article introduces them.

export function QuoteCard({ quote, story }: { quote: Quote; story: Story }) {
  const speaker = speakerOf(story, quote);
  const t = useT();
  return (
    <figure className="quote" data-quote={quote.id}>
      <blockquote dir="auto" data-verbatim="story">
        <p>{quote.text}</p>
      </blockquote>
      {/* Who said it is the article's words: in the article's direction, with its own comma. */}
      <figcaption dir="auto">
        {speaker ? (
          <>
            <bdi className="quote-speaker" data-verbatim="story">
              {speaker.name}
            </bdi>
            {speaker.description && (
              <span className="quote-description" data-verbatim="story">
                {ARABIC_SCRIPT.test(speaker.name) ? '، ' : ', '}
                <bdi>{speaker.description}</bdi>
              </span>
            )}
          </>
        ) : (
          <span className="quote-speaker">{t('quote.unattributed')}</span>
        )}
      </figcaption>
    </figure>
  );
}
