import type { Quote, Story } from '../story/schema.ts';
import { speakerOf } from '../state/selectors.ts';

// A direct quotation as a pull quote, with who said it and how the article introduces them.

export function QuoteCard({ quote, story }: { quote: Quote; story: Story }) {
  const speaker = speakerOf(story, quote);
  return (
    <figure className="quote" data-quote={quote.id}>
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        {speaker ? (
          <>
            <span className="quote-speaker">{speaker.name}</span>
            {speaker.description && <span className="quote-description">, {speaker.description}</span>}
          </>
        ) : (
          <span className="quote-speaker">Unattributed</span>
        )}
      </figcaption>
    </figure>
  );
}
