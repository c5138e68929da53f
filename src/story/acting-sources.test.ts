import { describe, expect, it } from 'vitest';
import { actingIntroductions } from './acting-sources.ts';

const names = (text: string) => actingIntroductions(text).map((a) => a.name);

describe('actingIntroductions: an indefinite person opening a sentence by an act', () => {
  it('reads the person after where the scene is, with or without a comma, without the place after the noun', () => {
    expect(names('At a checkpoint outside Keshem a young policeman climbed onto the running board.')).toEqual(
      ['A young policeman'],
    );
    expect(names('We crossed. On the bridge, an old man in a chapan was watching the water.')).toEqual([
      'An old man',
    ]);
    expect(names('A girl of about ten sat on the wall.')).toEqual(['A girl']);
  });
  it('leaves an object, a thing, and a person who does nothing', () => {
    expect(names('Karim paid a boy to carry the sacks. He bought a shepherd a tea.')).toEqual([]);
    expect(names('A truck stopped at the bridge.')).toEqual([]);
    expect(names('A boy of twelve, thin and quick.')).toEqual([]);
    // A victim is acted on: "died", "injured in the blast" bring no one on stage to speak.
    expect(
      names('A policeman died in the explosion. A man injured in the blast was taken to Kabul.'),
    ).toEqual([]);
  });
});
