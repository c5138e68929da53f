// Dari spellings of a district that Dari reporting uses beside AGCHO's: the short form of a "X و Y" name when
// the English names give that short form too (Baghlan's "خوست و فرنگ" is "خوست" as "Khost Wa Fereng" is
// "Khost"), and the Arabic spelling of a "-ud-din" name with hamza ("بهاوالدین" is also "بهاءالدین").

/** "خوست و فرنگ" → "خوست": the first part of a name joined by "و". */
const JOINED = /^(?<first>[^\s()]+)\s+و\s+\S/u;
/** "بهاوالدین": AGCHO's vav where reporting writes the hamza of "بهاءالدین". */
const UD_DIN = /اوالدین/gu;

/** Extra Dari spellings of a unit from its Dari name and its English names (source and ADM2ALT). */
export function dariForms(nameDa: string, english: readonly string[], nameEn: string): string[] {
  const out: string[] = [];
  const first = JOINED.exec(nameDa)?.groups?.['first'];
  const shortEn = /^(\S+)\s+(?:wa|va|o)\s/i.exec(nameEn)?.[1];
  if (first && shortEn && english.some((n) => n.toLowerCase() === shortEn.toLowerCase())) out.push(first);
  if (UD_DIN.test(nameDa)) out.push(nameDa.replace(UD_DIN, 'اءالدین'));
  return out;
}
