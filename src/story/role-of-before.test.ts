import { describe, expect, it } from 'vitest';
import { roleOfBefore } from './role-of-before.ts';

describe('roleOfBefore', () => {
  it('reads a definite role with whose it is before the verb', () => {
    expect(roleOfBefore('my cousin called. the arbab of their village says ')?.phrase).toBe(
      'the arbab of their village',
    );
    expect(roleOfBefore('The wakil-e guzar of Nahia 3 told me ')?.phrase).toBe(
      'The wakil-e guzar of Nahia 3',
    );
    expect(roleOfBefore("Tolo just now, the Baghlan governor's spokesman said ")?.phrase).toBe(
      "the Baghlan governor's spokesman",
    );
  });
  it('reads no role in a thing of a place, nor a role with a verb far from the quotation', () => {
    expect(roleOfBefore('The gate of the village says ')).toBeNull();
    expect(roleOfBefore('The mullah of the mosque said the road was open and ')).toBeNull();
  });
});
