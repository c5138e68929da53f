import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline as ingest, speakerNames, speakerOf } from './test-helpers.ts';
import { anonymousIntroductions } from './anonymous.ts';
import { isVerbOpening, possessiveOwnsAPerson, shortSentenceAfterQuote } from './english-speakers.ts';
import { findQuoteSpans } from './quotes.ts';
import { hasSpeechVerb } from './lexicon.ts';

describe('roleHeldByNextName: the role named in the sentence after its quotation', () => {
  it('"said the head of …. Dr. Name told …" is that person', () => {
    const story = ingest([
      '"Every well we dig saves a village," said the head of the water programme in the north. Dr. Nadia Rahimi told reporters that forty wells were finished.',
    ]);
    expect(speakerOf(story, 'Every well we dig')).toBe('Dr. Nadia Rahimi');
  });
  it('"…," said the team nurse, who …. Name, 29, trained …: an age alone is no other role', () => {
    const story = ingest([
      '"We walk to the villages," said the team nurse in the valley, who joined last year. Nadia Rahimi, 29, trained in the city.',
    ]);
    expect(speakerOf(story, 'We walk to the villages')).toBe('Nadia Rahimi');
  });
  it('leaves the role alone when the next sentence is about someone else already described', () => {
    const story = ingest([
      'Karim Jan Wardak, a farmer from the valley, lost his orchard in the spring.',
      '"The river took everything," said the head of the village council. Karim Jan Wardak plans to leave.',
    ]);
    expect(speakerOf(story, 'The river took everything')).not.toBe('Karim Jan Wardak');
  });
});

describe('role nouns a quotation is attributed by', () => {
  it('"…," said the headmaster, Name, who …', () => {
    const story = ingest([
      '"We have a library with no books," said the headmaster, Karim Jan Wardak, who came to the valley as a young teacher.',
    ]);
    expect(speakerOf(story, 'library with no books')).toBe('Karim Jan Wardak');
  });
  it('"…," said the coach, Name, a former player', () => {
    const story = ingest([
      '"They bowl for hours," said the coach, Nasir Ahmad Zaki, a former player from the south.',
    ]);
    expect(speakerOf(story, 'They bowl for hours')).toBe('Nasir Ahmad Zaki');
  });
  it('"…," said the factory\'s chief engineer: a possessive inside the role, the engineer named later', () => {
    const story = ingest([
      '"The pumps have been broken for years," said the factory\'s chief engineer, wiping his hands on a rag.',
      'The engineer, Karim Jan Wardak, is sixty and has worked at the plant since 1990.',
    ]);
    expect(speakerOf(story, 'The pumps have been broken')).toBe('Karim Jan Wardak');
  });
});

describe('shortSentenceAfterQuote: a short whole sentence right after an attributed quotation', () => {
  const spansOf = (text: string) => findQuoteSpans(text);
  it('is true for "…," he said. "I farm nothing."', () => {
    const text =
      '"My father farmed cotton here," he said, pointing at the canal. "I farm nothing." He walked on.';
    const [first, second] = spansOf(text);
    expect(second && shortSentenceAfterQuote(text, second, first)).toBe(true);
  });
  it('is false for a scare quote inside the next sentence, or a fragment', () => {
    const scare = '"The canal is dry," he said. Officials call it "the plan." Nobody laughs.';
    const [a, b] = spansOf(scare);
    expect(b && shortSentenceAfterQuote(scare, b, a)).toBe(false);
    const fragment = '"The canal is dry," he said. "a quiet place" is what they call it.';
    const [c, d] = spansOf(fragment);
    expect(d && shortSentenceAfterQuote(fragment, d, c)).toBe(false);
  });
  it('gives the short sentence to the speaker of the quotation before it', () => {
    const story = ingest([
      '"My father farmed cotton here," Karim Jan Wardak said, pointing at the canal. "I farm nothing." He walked on.',
    ]);
    expect(speakerOf(story, 'I farm nothing')).toBe('Karim Jan Wardak');
  });
});

describe('a one-word name after an opening phrase, with its appositive', () => {
  it('"In the valley, Nasima, a mother of three, said …. "…," she said" is Nasima, not "a mother"', () => {
    const story = ingest([
      'In Dasht-e-Qala, near the river, Nasima, a mother of three, said she had walked for two hours. "My son was sick for a week," she said.',
    ]);
    expect(speakerOf(story, 'My son was sick')).toBe('Nasima');
  });
});

describe('findGivenNames: "gave her name only as"', () => {
  it('the name given, not "A woman", says the quotation', () => {
    const story = ingest([
      'A woman who gave her name only as Nasima, waiting by the clinic door, said the queue was longer. "We come at six," she said.',
    ]);
    expect(speakerOf(story, 'We come at six')).toBe('Nasima');
  });
});

describe('definiteRoleSource: a definite role as the sentence subject, then "he said"', () => {
  it('is the role, named by its phrase, not the person named before it', () => {
    const story = ingest([
      'Karim Jan Wardak rang the depot at dawn. The driver of the lorry, who had waited all morning, folded his map. "Both roads are closed," he said.',
    ]);
    expect(speakerOf(story, 'Both roads are closed')).toBe('The driver of the lorry');
  });
  it('is not a role of the other gender', () => {
    const story = ingest([
      'Karim Jan Wardak rang the depot at dawn. The mother of the boy, who had waited all morning, folded her shawl. "Both roads are closed," he said.',
    ]);
    expect(speakerOf(story, 'Both roads are closed')).not.toBe('The mother of the boy');
  });
});

describe('anonymous sources: more roles, "shouted", and a place that runs into a verb', () => {
  it('"…?" a customer shouted across the counter: the customer, not the man named before', () => {
    const story = ingest([
      'A clerk named Shafiq weighs the sacks. "Is that the whole bag?" a customer shouted across the counter.',
    ]);
    expect(speakerOf(story, 'Is that the whole bag')).toBe('A customer');
  });
  it('"A customer in Herat had ordered …" is no source phrase: an auxiliary ends the place', () => {
    expect(
      anonymousIntroductions('A client in Herat had bought a stove for his brother, a teacher in the hills.'),
    ).toEqual([]);
  });
  it('"…; the dispatcher, a cheerful man, was …. "…?" he asked": a definite role after a semicolon', () => {
    const story = ingest([
      'The farmer came from upstream; the dispatcher, a patient man who had worked there since 2009, knew every road. "Which bridge?" he asked.',
    ]);
    expect(speakerOf(story, 'Which bridge')).toBe('the dispatcher');
  });
});

describe('isVerbOpening: a capitalised speech verb opening the sentence is no speaker', () => {
  it('"Asked how it began, she replied with a proverb: «…»" is not said by "Asked"', () => {
    expect(isVerbOpening('Asked')).toBe(true);
    expect(isVerbOpening('Karim')).toBe(false);
    const story = ingest([
      '"We have forty looms," said Nasrin Amiri, who runs the cooperative.',
      'Asked how the workshop began, she replied with a proverb her mother liked: «کار عیب نیست» — work is no shame.',
    ]);
    expect(speakerOf(story, 'کار عیب نیست')).not.toBe('Asked');
  });
});

describe('bodyNamedBefore: "the agency said" refers back to the body named before it', () => {
  it('gives the quotation to the organisation that spoke in the paragraph before', () => {
    const story = ingest([
      'The Danish Refugee Council, or DRC, said on Sunday that it had sent blankets to four villages.',
      '"Many of the families we met had slept outside for a week," the council said in a statement.',
    ]);
    // The body speaks by the name its "said" follows: the acronym given in the aside.
    expect(speakerOf(story, 'Many of the families')).toBe('DRC');
  });
  it('reads an acronym as the body and prefers the body whose name holds the noun', () => {
    const story = ingest([
      'The Ministry of Public Health said vaccines had arrived. UNICEF said the cold chain was working.',
      '"The teams leave at dawn and come back after dark," the ministry said.',
    ]);
    expect(speakerOf(story, 'The teams leave at dawn')).toBe('Ministry of Public Health');
    const agency = ingest([
      'The Ministry of Public Health said vaccines had arrived. UNICEF said the cold chain was working.',
      '"No child in the valley should be missed this time," the agency said.',
    ]);
    expect(speakerOf(agency, 'No child in the valley')).toBe('UNICEF');
  });
  it('gives "the department said" to the fuller name the text gave the department just before', () => {
    const story = ingest([
      'The World Food Programme said it had sent flour to the district.',
      'The provincial health department said two clinics were closed. "We have no road and no medicine," the department said.',
    ]);
    // Round nineteen: a definite body speaks, by its fullest name in the text (was: no speaker).
    expect(speakerOf(story, 'We have no road')).toBe('The provincial health department');
  });
});

describe('kinSource: a relative named only by a possessive is a source', () => {
  it('reads "my uncle said", "My neighbour said," and "my father used to say" as sources of their own', () => {
    const story = ingest([
      '"Bring the goats in before the rain," my uncle said.',
      'My neighbour said, "The bread is late again."',
      'My father used to say, "A field does not wait for you."',
    ]);
    expect(speakerOf(story, 'Bring the goats')).toBe('my uncle');
    expect(speakerOf(story, 'The bread is late')).toBe('My neighbour');
    expect(speakerOf(story, 'A field does not wait')).toBe('My father');
  });
  it('gives the words after "as his family put it," to the family', () => {
    const story = ingest([
      'Karim Sadat taught in four villages. He went, as his family put it, "wherever there was a child without a book".',
    ]);
    expect(speakerOf(story, 'wherever there was a child')).toBe('his family');
  });
});

describe('relativeSource: a sentence opened by a relative, then "she says"', () => {
  it('"My grandmother lives …. "…," she says" is the grandmother, and a family is never "she"', () => {
    const story = ingest([
      'Karim Sadat, as his family put it, went "wherever the road ended".',
      'My grandmother lives in the valley. "The river takes what it wants," she says.',
    ]);
    expect(speakerOf(story, 'The river takes')).toBe('My grandmother');
  });
  it('"His mother … she said" is the mother; "Her daughter … she said" is left to the woman named', () => {
    const his = ingest([
      'Ahmad Wali drives a taxi in the city. His mother sells bread at the gate. "Nobody pays on time," she said.',
    ]);
    expect(speakerOf(his, 'Nobody pays on time')).toBe('His mother');
    const her = ingest([
      'Gul Bibi Hamidi sells bread at the gate. Her daughter goes to school now. "She reads to me at night," she said.',
    ]);
    expect(speakerOf(her, 'She reads to me')).toBe('Gul Bibi Hamidi');
  });
  it('reads the relative for every "she" of the paragraph, the first and the later ones alike', () => {
    const story = ingest([
      'Rahim Shah left for Iran in the spring.',
      'My aunt keeps six goats behind the house. "They eat more than we do," she says, laughing. "But in winter they keep us alive," she adds.',
    ]);
    expect(speakerOf(story, 'They eat more')).toBe('My aunt');
    expect(speakerOf(story, 'But in winter')).toBe('My aunt');
  });
});

describe('hasSpeechVerb', () => {
  it('finds a verb of speech among the words, not inside another word', () => {
    expect(hasSpeechVerb('the head of the council said on Monday')).toBe(true);
    expect(hasSpeechVerb('who, she added, was late')).toBe(true);
    expect(hasSpeechVerb('the saddle and the sayings of the elders')).toBe(false);
    expect(hasSpeechVerb('')).toBe(false);
  });
});

describe('roleIdentifiedNext: "The engineer is Name" opening the next paragraph', () => {
  it('names the role that spoke in the paragraph before', () => {
    const story = ingest([
      'The district officials met the elders on Sunday. "We build bridges slowly and carefully," the engineer said. Nobody answered him.',
      'The engineer is Farid Ahmad Noori, and he has worked here for ten years.',
    ]);
    expect(speakerOf(story, 'We build bridges')).toBe('Farid Ahmad Noori');
  });
  it('leaves the role alone when the next paragraph names a different one', () => {
    const story = ingest([
      '"We build bridges slowly and carefully," the engineer said.',
      'The governor is Farid Ahmad Noori, who came from the capital in May.',
    ]);
    expect(speakerOf(story, 'We build bridges')).not.toBe('Farid Ahmad Noori');
  });
});

describe('identifiedNext: "His name is Name" or "The woman is Name" opening the next paragraph', () => {
  it('names who "he said" meant when the paragraph after opens by naming him', () => {
    const story = ingest([
      'At the ferry a porter rests on a sack of flour. "We carry the sacks up before the heat," he said.',
      'His name is Abdul Hakim Sultani, and he has worked at the crossing for twenty years.',
    ]);
    expect(speakerOf(story, 'We carry the sacks')).toBe('Abdul Hakim Sultani');
  });
  it('does not take an office for the person a pronoun meant', () => {
    const story = ingest([
      'At the ferry a porter rests on a sack of flour. "We carry the sacks up before the heat," he said.',
      'The governor is Abdul Hakim Sultani, who came from the capital in May.',
    ]);
    expect(speakerOf(story, 'We carry the sacks')).not.toBe('Abdul Hakim Sultani');
  });
});

describe('indefinite pronouns are no speakers', () => {
  it('"Nobody answered." before a quotation does not make "Nobody" its speaker', () => {
    const story = ingest([
      'The head of the clinic, a young doctor, said: "We see forty women a day." Nobody answered.',
      'Everyone asked, "When will the road open?"',
    ]);
    expect(speakerOf(story, 'We see forty women')).not.toBe('Nobody');
    expect(speakerOf(story, 'When will the road open')).not.toBe('Everyone');
  });
});

describe('namingClause: the words a person gives a thing as its name', () => {
  it('are theirs: "He called the closure "…"", "and still calls it "…""', () => {
    const story = ingest([
      'Sultan Mahmud Amiri has run the ferry for twenty years. He called the new toll "a tax on being poor" and said the boatmen would not pay it.',
      'Malalai Hashimi ran the school through two floods, and still calls the second one "the winter we taught on the roof" in her letters.',
      'The council described the plan as "a first step toward a dry town" on Monday.',
    ]);
    expect(speakerNames(story)).toEqual(['Sultan Mahmud Amiri', 'Malalai Hashimi', null]);
  });

  it('are theirs after a scene that opens the sentence: "In a statement, the Ministry of … called it "…""', () => {
    const story = ingest([
      'Work on the canal stopped in June. In a statement, the Ministry of Irrigation called the delay "a matter of weeks, not months" and blamed the rains.',
      'On Tuesday, Farida Nazari described the new bridge as "the first thing the village owns together".',
      'In the spring, the council called the flood "the worst the valley has seen in a lifetime" in a letter.',
    ]);
    expect(speakerNames(story)).toEqual(['Ministry of Irrigation', 'Farida Nazari', null]);
  });

  it('near miss: after a scene, a capitalised word owning or describing the subject is not it', () => {
    const story = ingest([
      'On Friday, Uzbek traders called the new tariff "a wall across the river" and closed their stalls.',
      'After the vote, Mayor Hamidi\'s deputy described the budget as "enough for the roads and nothing else".',
    ]);
    expect(speakerNames(story)).toEqual([null, null]);
  });
});

describe('possessiveOwnsAPerson: the owner of a thing is who a later pronoun means', () => {
  it('a novel quoted in a review: "Name\'s novel opens …, she writes" is the novelist', () => {
    const story = ingest([
      'Parwin Sadeqi\'s first novel opens in a flooded orchard. "The apricots floated past us like small lanterns," she writes, and the image returns in every chapter.',
    ]);
    expect(speakerOf(story, 'apricots floated past')).toBe('Parwin Sadeqi');
  });
  it('a diary: "Name\'s diary for that winter is terse. … he recalls"', () => {
    const story = ingest([
      'Habib Noorzai\'s diary for the winter of 1998 is terse and practical. "We burned the last of the mulberry wood on the ninth day," he recalls in one entry.',
    ]);
    expect(speakerOf(story, 'last of the mulberry wood')).toBe('Habib Noorzai');
  });
  it('a possessive that owns a person leaves the owner out: "Name\'s eldest son …, he said"', () => {
    const story = ingest([
      'Habib Noorzai\'s eldest son runs the shop now. "Nobody buys carpets in the winter," he said.',
    ]);
    expect(speakerOf(story, 'Nobody buys carpets')).not.toBe('Habib Noorzai');
  });
  it('reads the words after the possessive', () => {
    expect(possessiveOwnsAPerson(' memoir begins with a smell')).toBe(false);
    expect(possessiveOwnsAPerson(' former deputy said')).toBe(true);
    expect(possessiveOwnsAPerson(' two daughters')).toBe(true);
    expect(possessiveOwnsAPerson(', who')).toBe(false);
  });
});

describe('verbs of performance attribute the words performed', () => {
  it('"…," he begins, a storyteller opening his tale', () => {
    const story = ingest([
      'Gul Ahmad Sharifi settles on his cushion by the stove.',
      '"Once there was a king with no sons and a garden with no water," he begins, and the room goes quiet.',
    ]);
    expect(speakerOf(story, 'a king with no sons')).toBe('Gul Ahmad Sharifi');
  });
  it('"…," she sings; "…," she recites', () => {
    const story = ingest([
      'Mariam Sultani is a singer from the upper valley.',
      '"The snow came early and my brother did not come home," she sings over a single drum.',
      'Later she turns to older verse. "A road is long only for the one who waits," she recites.',
    ]);
    expect(speakerOf(story, 'my brother did not come home')).toBe('Mariam Sultani');
    expect(speakerOf(story, 'A road is long only')).toBe('Mariam Sultani');
  });
});
