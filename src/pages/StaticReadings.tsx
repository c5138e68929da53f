import { useAtlas } from '../state/atlas-context.tsx';
import { hashForPlace } from '../state/url-sync.ts';
import { PlaceReading } from '../ui/PlaceReading.tsx';
import { placeName } from '../state/selectors.ts';
import { useT } from '../ui/use-t.ts';
import { WholeStory } from '../ui/WholeStory.tsx';

// What a prerendered page holds for readers without JavaScript, in the reading panel's <noscript>: the whole
// story, and each place's reading as a section whose id is the place's address (#/place/AF19), shown when it
// is the URL's target (noscript.css). The same links open the same readings in the app. A district links to
// its province's reading rather than repeating it, which keeps the page a few kilobytes.

/** The element id a place's address targets: `#/place/AF19` → `/place/AF19`. */
export const readingId = (place: string) => hashForPlace(place).slice(1);

export function StaticReadings() {
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const t = useT();
  if (!geo) return null;
  const places = [...geo.provinces, ...geo.districts, ...geo.countries.map((c) => c.id)];
  return (
    <div className="static-readings">
      <section className="static-story" aria-labelledby="story-title">
        <WholeStory titleId="story-title" />
      </section>
      {places.map((id) => {
        const province = geo.places.get(geo.places.get(id)?.province ?? '');
        return (
          <section key={id} id={readingId(id)} className="static-reading" aria-labelledby={`title-${id}`}>
            <PlaceReading id={id} titleId={`title-${id}`} withParent={false} />
            {province && (
              <p className="parent-link">
                <a href={hashForPlace(province.id)}>
                  {t('place.provinceReading', { place: placeName(province, language) })}
                </a>
              </p>
            )}
            <p className="static-back">
              <a href="#/">{t('place.back')}</a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
