import { describe, expect, it } from 'vitest';
import { SUBJECT_VERB } from './attribution-patterns.ts';
import { matchesOf } from './matches.ts';
import { clauseSubject, roleOwningName } from './role-of-subjects.ts';

const lastClause = (text: string) => [...matchesOf(SUBJECT_VERB, text)].at(-1);

describe('roleOwningName', () => {
  it('reads the role before "of" or a place preposition as the subject', () => {
    const text = 'In Hamal, the district governor of Yangi Qala told elders';
    const m = lastClause(text);
    expect(m && roleOwningName(text, m, 100)).toEqual({
      pronoun: null,
      name: null,
      role: 'the district governor',
      at: 100 + text.indexOf('the district'),
    });
    const driver = 'Sarwari recalled that an old driver in Dasht-e-Archi once told him';
    const d = lastClause(driver);
    expect(d && roleOwningName(driver, d, 0)?.role).toBe('an old driver');
  });

  it('leaves a name no role owns, and a thing\'s "of" ("the road of Kunduz")', () => {
    const named = 'Abdul Qadir Hamdard told elders';
    const m = lastClause(named);
    expect(m && roleOwningName(named, m, 0)).toBeNull();
    expect(m && clauseSubject(named, m, 0).name).toBe('Abdul Qadir Hamdard');
    const road = 'the road of Kunduz Ahmad Wali said';
    const r = lastClause(road);
    expect(r && roleOwningName(road, r, 0)).toBeNull();
  });
});
