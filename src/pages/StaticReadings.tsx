import { useAtlas } from '../state/atlas-context.tsx';
import { hashForPlace } from '../state/url-sync.ts';
import { usePlaceHref } from '../ui/page-render.ts';
import { PlaceReading } from '../ui/PlaceReading.tsx';
import { placeName } from '../state/selectors.ts';
import { useT } from '../ui/use-t.ts';
import { WholeStory } from '../ui/WholeStory.tsx';

// What prerendered pages hold for readers without JavaScript, in the reading panel's <noscript>. A story's
// page has the whole story (its mentions link to the places' readings); the story's places page
// (places/, build-pages.ts) has it too, and each place's reading as a section whose id is the place's address
// (#/place/AF19), shown when it is the URL's target (noscript.css). With JavaScript the same addresses open
// the same readings in the app. A district links to its province's reading rather than repeating it.

/** The element id a place's address targets: `#/place/AF19` → `/place/AF19`. */
export const readingId = (place: string) => hashForPlace(place).slice(1);

/** The whole story, every mention a link to its place's reading. */
function StorySection() {
  return (
    <section className="static-story" aria-labelledby="story-title">
      <WholeStory titleId="story-title" />
    </section>
  );
}

/** A story page's: the story only (the places' readings are on its places page). */
export function StaticStory() {
  return (
    <div className="static-readings">
      <StorySection />
    </div>
  );
}

/** The whole story and every place's reading. */
export function StaticReadings() {
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const t = useT();
  const placeHref = usePlaceHref();
  if (!geo) return null;
  const places = [...geo.provinces, ...geo.districts, ...geo.countries.map((c) => c.id)];
  return (
    <div className="static-readings">
      <StorySection />
      {places.map((id) => {
        const province = geo.places.get(geo.places.get(id)?.province ?? '');
        return (
          <section key={id} id={readingId(id)} className="static-reading" aria-labelledby={`title-${id}`}>
            <PlaceReading id={id} titleId={`title-${id}`} withParent={false} />
            {province && (
              <p className="parent-link">
                <a href={placeHref(province.id)}>
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
