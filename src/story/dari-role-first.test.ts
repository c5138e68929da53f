import { describe, expect, it } from 'vitest';
import { isDescription, isTitledName, readsAsDariName } from './dari-attribution.ts';
import { roleBeforeTitledName, titledNameAfterRole } from './dari-role-first.ts';

const READINGS = { isDescription, isTitledName, readsAsDariName };

describe('roleBeforeTitledName', () => {
  it('reads the role before a titled name in commas', () => {
    const text = 'در همین حال، رئیس زراعت ولایت، انجنیر نورالله صافی، گفت';
    const comma = text.indexOf('، انجنیر');
    expect(roleBeforeTitledName(text, comma, ' انجنیر نورالله صافی', READINGS)?.role).toBe(
      'رئیس زراعت ولایت',
    );
  });
  it('reads no role before a bare name or before a name', () => {
    const text = 'رئیس زراعت ولایت، نورالله صافی، گفت';
    expect(roleBeforeTitledName(text, text.indexOf('،'), ' نورالله صافی', READINGS)).toBeNull();
    const named = 'حاجی نادر، انجنیر نورالله صافی، گفت';
    expect(roleBeforeTitledName(named, named.indexOf('،'), ' انجنیر نورالله صافی', READINGS)).toBeNull();
  });
});

describe('titledNameAfterRole', () => {
  it('gives the titled name of a subject read role-first, nothing for a name-first one', () => {
    expect(titledNameAfterRole('آمر حوزهٔ امنیتی', 'مولوی عبدالحق', READINGS)).toBe('مولوی عبدالحق');
    expect(titledNameAfterRole('عبدالحق', 'آمر حوزهٔ امنیتی', READINGS)).toBeNull();
  });
});
