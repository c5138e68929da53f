import { useMemo, type ChangeEvent } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { placeName } from '../state/selectors.ts';
import { useT } from './use-t.ts';

// A native list of every province and district: the compact embed's keyboard and screen-reader path to a place.

export function PlacePicker() {
  const store = useAtlasStore();
  const geo = useAtlas((s) => s.geo);
  const selected = useAtlas((s) => s.selected);
  const language = useAtlas((s) => s.language);
  const t = useT();
  const groups = useMemo(
    () =>
      (geo?.provinces ?? []).map((pid) => ({
        province: geo?.places.get(pid),
        districts: (geo?.districts ?? [])
          .filter((d) => geo?.places.get(d)?.province === pid)
          .map((d) => geo?.places.get(d))
          .filter((p) => p !== undefined)
          .sort((a, b) => placeName(a, language).localeCompare(placeName(b, language), t.catalog.tag)),
      })),
    [geo, language, t],
  );
  const onChange = (e: ChangeEvent<HTMLSelectElement>) => {
    const id = e.target.value;
    if (id) store.getState().select(id, { via: 'list' });
    else store.getState().clear({ via: 'list' });
  };
  // Countries are not listed, but one picked on the map still shows as the current choice.
  const country = selected ? geo?.places.get(selected) : undefined;
  const value = selected ?? '';
  return (
    <label className="place-picker">
      <span className="visually-hidden">{t('picker.label')}</span>
      <select value={value} onChange={onChange} disabled={!geo} data-testid="place-picker">
        <option value="">{t('picker.all')}</option>
        {country?.kind === 'country' && <option value={country.id}>{placeName(country, language)}</option>}
        {groups.map(({ province, districts }) =>
          province ? (
            <optgroup key={province.id} label={placeName(province, language)}>
              <option value={province.id}>
                {t('picker.province', { name: placeName(province, language) })}
              </option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {placeName(d, language)}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
    </label>
  );
}
