import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry, speakerNames } from './test-helpers.ts';

// Rules found by reading articles the engine had not seen (tests/eval/dev), each on a short invented text,
// against the whole country's gazetteer (npm run data builds it).
const read = (text: string) => readWithCountry(`Headline for the test\n\n${text}`);
const places = (text: string) => placesOf(read(text));
const speakers = (text: string) => speakerNames(read(text));

describe('places across the whole country', () => {
  it('reads Kabul and the capitals outside the north as cities, a qualifier still as the province', () => {
    expect(places('Officials in Kabul and Herat met; Herat province is dry.')).toEqual([
      ['Kabul', 'AF0101'],
      ['Herat', 'AF3201'],
      ['Herat province', 'AF32'],
    ]);
  });

  it("settles a name the north shares with a district elsewhere by context, else as the north's", () => {
    expect(places('Fayzabad was cut off.')).toEqual([['Fayzabad', 'AF1701']]);
    expect(places('In Jawzjan, Fayzabad and Shibirghan flooded.')).toEqual([
      ['Jawzjan', 'AF28'],
      ['Fayzabad', 'AF2808'],
      ['Shibirghan', 'AF2801'],
    ]);
  });

  it('does not link a town across the border named like an Afghan district', () => {
    expect(places('Traders cross to the Tajik district of Darvaz and to Ishkashim, Tajikistan.')).toEqual([
      ['Tajikistan', 'TJK'],
    ]);
    expect(places('Its Tajik namesake, Ishkashim, lies across the river from Eshkashem.')).toEqual([
      ['Eshkashem', 'AF1723'],
    ]);
  });

  it('reads a bare Salang as the pass, a village named like a district as no district', () => {
    expect(places('Snow closed the Salang; Salang district was cut off.')).toEqual([
      ['Salang', 'salang-pass'],
      ['Salang district', 'AF0306'],
    ]);
    expect(places('در قریهٔ علی‌آباد ولسوالی قلعه ذال')).toEqual([['قلعه ذال', 'AF1907']]);
  });

  it('reads both ends of a road as towns', () => {
    expect(places('The road from Kunduz to Taloqan reopened.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Taloqan', 'AF1801'],
    ]);
    expect(places('راه کندز - پلخمری باز شد.')).toEqual([
      ['کندز', 'AF1901'],
      ['پلخمری', 'AF0901'],
    ]);
  });

  it('links crossings and towns to the districts that hold them, rivers in Dari to the rivers', () => {
    expect(places('Returnees came through Islam Qala and Torkham; آب دریای کندز بالا آمد.')).toEqual([
      ['Islam Qala', 'AF3213'],
      ['Torkham', 'AF0617'],
      ['دریای کندز', 'kunduz-river'],
    ]);
  });
});

describe('speakers in long-form English', () => {
  it('gives a title-only attribution to the person the text later gives the title', () => {
    const text = [
      '"The stone goes out at night," the governor said.',
      'The governor, Qari Nematullah Sarwari, says the clinic will stay open.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Qari Nematullah Sarwari']);
  });

  it('reads "the governor" as the governor, so a later "he said" is his', () => {
    const text = [
      'The governor, Qari Nematullah Sarwari, says the clinic will stay open.',
      'Zabihullah, 24, from Keshem, came back in 2024. "I will stay," he said.',
      'I asked the governor where the stone went. "Somewhere far," he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Zabihullah', 'Qari Nematullah Sarwari']);
  });

  it('takes one-name people introduced with a description', () => {
    expect(
      speakers(
        'Rahmatullah, a lapis cutter in Faizabad, keeps a photograph. "It is the same stone," he said.',
      ),
    ).toEqual(['Rahmatullah']);
  });

  it('gives a pronoun with no speaker before it to the person the paragraph names', () => {
    const text =
      'Dr. Farida Naziri runs the only clinic in the valley. "I tell the men to wear masks," she said.';
    expect(speakers(text)).toEqual(['Farida Naziri']);
  });

  it('gives the quotation after a long anonymous introduction to that source', () => {
    const text = [
      'Gul Ahmad, the district governor, spoke first. "We are ready," he said.',
      'A senior official of the provincial mining department, who has worked there for years and agreed to speak only if his name was withheld, said the contracts were signed in Kabul. "We find out who owns a river when the excavators arrive," he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Gul Ahmad', 'A senior official of the provincial mining department']);
  });

  it('never gives a quotation to a name in a possessive', () => {
    const text =
      'Officials such as Gul Ahmad Rahimi, President Ashraf Ghani\'s water adviser, have voiced alarm. "The rivers are high," he says.';
    expect(speakers(text)).toEqual(['Gul Ahmad Rahimi']);
  });
});
