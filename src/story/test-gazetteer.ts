import type { Gazetteer, GazetteerEntry } from './gazetteer-schema.ts';

// A toy gazetteer for tests: two provinces sharing a district name, a capital, countries and a region.

const province = (id: string, name: string, capital: string, alt: string[] = []): GazetteerEntry => ({
  id,
  kind: 'province',
  name_en: name,
  capital,
  names: [name, ...alt],
});
const district = (id: string, name: string, parent: string, alt: string[] = []): GazetteerEntry => ({
  id,
  kind: 'district',
  name_en: name,
  province: parent,
  names: [name, ...alt],
});
const country = (id: string, name: string): GazetteerEntry => ({
  id,
  kind: 'country',
  name_en: name,
  names: [name],
});

export const TEST_GAZETTEER: Gazetteer = {
  version: 1,
  entries: [
    province('AF19', 'Kunduz', 'AF1901', ['Konduz', 'کندز']),
    province('AF18', 'Takhar', 'AF1801'),
    province('AF17', 'Badakhshan', 'AF1701'),
    district('AF1901', 'Kunduz', 'AF19', ['Konduz']),
    district('AF1906', 'Dasht-e-Archi', 'AF19'),
    district('AF1907', 'Qala-e-Zal', 'AF19'),
    district('AF1801', 'Taloqan', 'AF18', ['Taliqan']),
    district('AF1812', 'Dasht-e-Qala', 'AF18'),
    district('AF1809', 'Khwaja Ghar', 'AF18'),
    district('AF1803', 'Baharak', 'AF18'),
    district('AF1701', 'Fayzabad', 'AF17'),
    district('AF1706', 'Baharak', 'AF17'),
    district('AF0910', 'Khost Wa Fereng', 'AF09', ['Khost']),
    country('AFG', 'Afghanistan'),
    country('PAK', 'Pakistan'),
    country('UZB', 'Uzbekistan'),
    country('TJK', 'Tajikistan'),
    country('RUS', 'Russia'),
    country('JOR', 'Jordan'),
    { id: 'central-asia', kind: 'region', name_en: 'Central Asia', names: ['Central Asia'] },
    { id: 'panj-river', kind: 'region', name_en: 'Panj River', names: ['River Panj'] },
  ],
};
