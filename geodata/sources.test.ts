import { describe, expect, it } from 'vitest';
import { checkFields } from './sources.ts';

describe('checkFields', () => {
  it('names the file and the missing field, and how to fix it', () => {
    const record = {
      ADM2_EN: 'Kunduz',
      ADM2_PCODE: 'AF1901',
      ADM2ALT1EN: '',
      ADM2ALT2EN: '',
      ADM1_PCODE: 'AF19',
    };
    expect(() => checkFields('adm2', '/data/adm2.zip', [record])).toThrow(
      /\/data\/adm2\.zip lacks the field ADM2_DA.*NORTH_ATLAS_AGCHO_DIR/,
    );
    expect(() => checkFields('adm2', '/data/adm2.zip', [{ ...record, ADM2_DA: 'کندز' }])).not.toThrow();
  });
});
