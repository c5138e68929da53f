import { useMemo } from 'react';
import { useAtlas } from '../state/atlas-context.tsx';
import { pinWhere } from '../state/pin-where.ts';
import { placeName } from '../state/selectors.ts';
import { registerPinWords } from '../i18n/en-pins.ts';
import { useT } from './use-t.ts';

// A pin's reading opens with where it is: "In Chahar Darah district · 27 km west of Kunduz", and the border
// when it is near.

registerPinWords();

export default function PinWhere({ id }: { id: string }) {
  const story = useAtlas((s) => s.story);
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const where = useMemo(() => (geo ? pinWhere(story, geo, id) : null), [story, geo, id]);
  const t = useT();
  if (!where) return null;
  const { district, province, fromCapital, border } = where;
  const km = (n: number) => t.catalog.number(Math.round(n));
  const parts = [
    district
      ? t('pin.district', { name: placeName(district, language) })
      : province && t('pin.province', { name: placeName(province, language) }),
    fromCapital &&
      t('pin.from', {
        km: km(fromCapital.km),
        direction: t(`pin.${fromCapital.direction}`),
        city: placeName(fromCapital.city, language),
      }),
    border?.country && t('pin.border', { km: km(border.km), country: placeName(border.country, language) }),
  ].filter(Boolean);
  return (
    <p className="pin-where" data-testid="pin-where">
      {parts.join(' · ')}
    </p>
  );
}
