import { describe, expect, it } from 'vitest';
import { describedHead } from './described-named.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A speaker given as a describing phrase where the text names the person it describes (nineteenth round):
// each class tried on sentences no article holds, with near misses that must keep the phrase.

describe('describedHead', () => {
  it('reads the head noun of English and Dari describing phrases', () => {
    expect(describedHead("The mill's chief engineer")).toEqual({ head: 'engineer', indefinite: false });
    expect(describedHead('A trader in the Taloqan bazaar')).toEqual({ head: 'trader', indefinite: true });
    expect(describedHead('رئیس ریاست زراعت')?.indefinite).toBe(false);
    expect(describedHead('یک معلم مکتب')?.indefinite).toBe(true);
    expect(describedHead('دکانداری جوان')).toEqual({ head: 'دکاندار', indefinite: true });
  });

  it('reads no head in a name or an organisation', () => {
    expect(describedHead('The Ministry of Mines')).toBeNull();
    expect(describedHead('Abdul Basir Ahmadzai')).toBeNull();
    expect(describedHead('The weather')).toBeNull();
  });
});

describe('a description speaker resolves to the person the same description was attached to', () => {
  it('gives a role quoted before its holder is named in the next paragraph to that holder', () => {
    const story = ingestUnderHeadline([
      'Two trucks of fuel were stopped at the border, a border police spokesman said.',
      '"The papers were forged in Mazar," the spokesman said. "The drivers did not know."',
      'The spokesman, Farid Ahmad Nazari, said the drivers had been released.',
      'Traders said the fuel had come through Hairatan.',
      'Abdul Wasi Karimi, a deputy spokesman for the Ministry of Commerce, said fines would rise. "Nobody is above the law," he said.',
    ]);
    expect(speakerOf(story, 'The papers were forged')).toBe('Farid Ahmad Nazari');
    expect(speakerOf(story, 'The drivers did not')).toBe('Farid Ahmad Nazari');
  });

  it('gives a trade the named person worked "as" to that person', () => {
    const story = ingestUnderHeadline([
      'Mohammad Yasin Qaderi, 70, worked for forty years as a truck driver on the Salang road.',
      'He showed us the tunnel mouth. "The snow here waits for no one," the old driver said.',
    ]);
    expect(speakerOf(story, 'The snow here')).toBe('Mohammad Yasin Qaderi');
  });

  it('reads an office of the same family in Dari (رئیس ↔ ریاست)', () => {
    const story = ingestUnderHeadline([
      'رئیس شورای ولایتی، در نشستی در تالار ولایت، گفت: «هیچ پولی برای ترمیم سرک نرسیده است.» حاجی عبدالقادر نوری، که ریاست این شورا را از دو سال به این سو بر عهده دارد، افزود: «نامهٔ ما به کابل بی‌جواب مانده است.»',
    ]);
    expect(speakerOf(story, 'هیچ پولی برای')).toBe('حاجی عبدالقادر نوری');
  });

  it('keeps the phrase when two different named people fit', () => {
    const story = ingestUnderHeadline([
      'The ferry at Sher Khan Bandar stopped on Monday.',
      '"We are waiting for the river to fall," the spokesman said.',
      'The spokesman, Sayed Karim Hashimi, said the ferry had not run for a week. Ahmad Wali Rahimi, a spokesman for the governor, said the road had reopened.',
    ]);
    expect(speakerOf(story, 'We are waiting')).toBe('The spokesman');
  });

  it('keeps an indefinite phrase whose namesake was named before it: someone new', () => {
    const story = ingestUnderHeadline([
      'Gul Ahmad Safi, a trader in Taloqan, said flour prices had doubled.',
      'A trader at the bus station was less worried. "Prices go up every winter," he said.',
    ]);
    expect(speakerOf(story, 'Prices go up')).not.toBe('Gul Ahmad Safi');
  });
});
