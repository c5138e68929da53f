import type { Quote, Story } from '../story/schema.ts';
import { speakerOf } from '../state/selectors.ts';
import { Message } from './Message.tsx';
import { useT } from './use-t.ts';

// A direct quotation as a pull quote, with who said it and how the article introduces them.

export function QuoteCard({ quote, story }: { quote: Quote; story: Story }) {
  const speaker = speakerOf(story, quote);
  const t = useT();
  return (
    <figure className="quote" data-quote={quote.id}>
      <blockquote dir="auto" data-verbatim="story">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        {speaker ? (
          <>
            <bdi className="quote-speaker" data-verbatim="story">
              {speaker.name}
            </bdi>
            {speaker.description && (
              <span className="quote-description">
                <Message
                  id="quote.describedBy"
                  nodes={{ description: <bdi data-verbatim="story">{speaker.description}</bdi> }}
                />
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
