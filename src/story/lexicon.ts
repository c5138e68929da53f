import { normalizeName } from './normalize.ts';

// Word lists the rules consult. Kept small and general: they describe English news prose, not one article.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));
/** A set of words as written and as normalizeName keys them. */
const withKeys = (words: string): ReadonlySet<string> =>
  new Set([...set(words)].flatMap((w) => [w, normalizeName(w)]));

/** Function words and very common English words: never a place by fuzzy spelling, never part of a name. */
export const COMMON_WORDS = set(`
a about above after again against all also although an and another any are around as at back be because
been before being below between both but by can could did do does down during each either even every few
first for from further had has have he her here hers him his how however i if in into is it its just last
later least less many may me meanwhile might more most much must my near neither never new next no nor not
now of off often on once one only or other our out over own past per perhaps same several she should since
so some still such than that the their them then there these they this those though through thus to today
too toward towards under until up upon us very was we were what when where whether which while who whom
whose why will with within without would yet you your yesterday tomorrow according said says told
across throughout inside outside beyond near like unlike despite via along among amid besides beside
opposite behind facing beneath upstream downstream
nobody somebody everybody anybody someone everyone anyone nothing something everything
the in on at both neither last first
people government security officials official forces force police army local many military national
several general central northern southern eastern western north south east west upper lower greater
province district city town village region area border capital center centre valley river road highway
market school mosque village report reports news analysts analyst sources source
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand
thousands dozen dozens
`);

/**
 * Nationality and language words of English reporting ("the German firm", "Soviet Tajikistan", "in Russian"): never
 * a place by fuzzy spelling, however close a district's name comes ("German" is one letter from Yamgan's "Gerwan").
 */
export const NATIONALITY_WORDS = set(`
german germans french british english american americans russian russians soviet chinese indian indians iranian
iranians persian arab arabs arabic turkish italian spanish portuguese japanese korean polish dutch swiss swedish
norwegian danish finnish czech austrian belgian greek canadian australian european europeans african asian
kazakh kyrgyz uzbek uzbeks tajik tajiks turkmen pashtun pashtuns hazara hazaras baloch pakistani pakistanis
`);
/** Languages a table or a bulletin names beside places ("Farsi", "Dari", "Pashto"), with NATIONALITY_WORDS. */
export const LANGUAGE_NAMES = set('farsi dari pashto pashtu urdu russian english uzbeki turkmeni');

/** The Solar Hijri months as English transliterates them ("9 Mizan 1336"): Mizan is also a district of Zabul. */
export const ENGLISH_SOLAR_MONTHS = set(`
hamal sawr saur jawza jauza saratan asad sunbula sonbola sunbulah mizan aqrab qaws qaus jadi jaddi dalw hut hoot
`);

/** Capitalised words that may stand right before a place without being a person's given name. */
export const PLACE_PREMODIFIERS = set(`
northern southern eastern western central north south east west northeast northwest southeast southwest
upper lower greater old new remote rural urban neighboring neighbouring neighbour neighbor neighbouring
afghan afghanistan pakistani tajik uzbek turkmen russian iranian chinese indian american british
nearby adjacent neighboring mountainous
`);

// Titles before a person's name, in one list for every rule that reads them: the attribution patterns, the
// speaker table, the place linker (a title makes the next word a person, "Mr. Khost", "حاجی …") and the
// sentence splitter (an abbreviated title's full stop ends no sentence).

/** Titles English writes abbreviated with a full stop: "Dr. Farida Naziri", "Eng. Hashim Paiman". */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Eng',
  'Gen',
  'Brig',
  'Col',
  'Lt',
  'Maj',
  'Capt',
  'Sgt',
  'Sen',
  'Gov',
  'Rep',
];
/** Religious titles, mostly a man's: a weak cue to gender, which the pronouns after the name overrule. */
export const RELIGIOUS_TITLE_WORDS: readonly string[] =
  'Sheikh Shaikh Mullah Mawlawi Maulvi Maulawi Mawlavi Haji Hajji Qari'.split(' ');
/** Titles English writes as words before a name: "General Dostum", "Haji Mir Ahmad", "Mawlawi Haqjo". */
export const TITLE_WORDS: readonly string[] = [
  'General',
  ...RELIGIOUS_TITLE_WORDS,
  ...`Sayed Sayyed Syed Ustad Commander Colonel Lieutenant Captain Major Engineer Professor Sir Lord Judge Senator Governor
Minister Sergeant Brigadier Marshal Imam President Miss`
    .split(/\s+/)
    .filter(Boolean),
];
/** Dari titles before a name ("حاجی عبدالله", "مولوی …", "داکتر …"), as written; DARI_TITLES holds them as name keys. */
export const DARI_TITLE_WORDS: readonly string[] =
  'حاجی ملا مولوی قاری انجنیر انجینیر داکتر دکتر جنرال سید استاد خانم آقای دگروال دگرمن'.split(' ');
export const DARI_TITLES: ReadonlySet<string> = new Set(DARI_TITLE_WORDS.map(normalizeName));
/**
 * A kin word ending in a vowel before a given name with no ezafe «ی» («کاکا غلام‌حیدر», not «کاکای احمد», Ahmad's
 * uncle) is the title an elder is called by — but before a place it is a word of the sentence («ماما کندز را ترک
 * کرد»): a title only where a speaker is read (as DARI_EPITHETS), never where a place might be.
 */
export const DARI_KIN_TITLE_WORDS: readonly string[] = ['کاکا', 'ماما', 'خاله', 'بابه', 'عمه'];
/** Endearments after a kin word («عمه جان», dear aunt; «کاکا جی»): no given name, so the kin word is no title. */
export const DARI_ENDEARMENTS: ReadonlySet<string> = new Set(['جان', 'جی'].map(normalizeName));
/** Titles where a speaker is read: the titles and the kin titles, as name keys. */
export const DARI_PERSON_TITLES: ReadonlySet<string> = new Set([
  ...DARI_TITLES,
  ...DARI_KIN_TITLE_WORDS.map(normalizeName),
]);
/**
 * Dari epithets worn before a name as a title («پهلوان عبدالرزاق», champion Abdul Razaq) but before a place as a
 * common noun with its ezafe («پهلوان بغلان», Baghlan's champion): a title only where a speaker is read, never
 * where a place might be.
 */
export const DARI_EPITHETS: ReadonlySet<string> = new Set(['پهلوان'].map(normalizeName));
/** Courtesy titles before a name, the full stop optional: "Mr Roshorvi", "Dr. Nazari". */
export const COURTESY_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'];
/** A regex piece: an abbreviated title and its full stop ("Dr.", "Eng."). */
export const TITLE_ABBREVIATION = `(?:${TITLE_ABBREVIATIONS.join('|')})\\.`;
/** A regex piece: a title before a name, abbreviated (the full stop optional for a courtesy title) or a word. */
export const TITLE = `(?:(?:${COURTESY_TITLES.join('|')})\\.?|${TITLE_ABBREVIATION}|${TITLE_WORDS.join('|')})`;

/** Titles and honorifics as name keys: the name after them is a person ("Mr. Khost", "General Dostum", "حاجی …"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS.map(normalizeName),
  ...TITLE_WORDS.map(normalizeName),
  ...DARI_TITLES,
]);

/** Honorifics that state a gender. */
export const MALE_HONORIFICS = set('mr sir lord');
export const FEMALE_HONORIFICS = set('mrs ms miss madam lady');

/** Words in a speaker's description that state a gender. */
export const FEMALE_ROLE_WORDS = set(`
woman women spokeswoman chairwoman congresswoman businesswoman policewoman mother wife sister daughter
grandmother widow girl actress aunt niece granddaughter
`);
export const MALE_ROLE_WORDS = set(`
man spokesman chairman congressman businessman policeman father husband brother son grandfather boy uncle nephew grandson
`);

/** Nouns for the roles a quoted person is introduced by ("Badakhshan Province lawmaker X"). */
export const ROLE_NOUNS = set(`
lawmaker legislator parliamentarian mp senator official spokesman spokeswoman spokesperson governor
commander analyst expert researcher journalist reporter politician activist resident elder minister
adviser advisor director chief leader head professor cleric mullah farmer teacher student deputy
candidate representative member writer author correspondent general colonel officer diplomat ambassador
envoy president chairman chairwoman mayor soldier fighter militant shopkeeper trader doctor villager
coach captain engineer manager librarian driver clerk dispatcher nurse midwife principal headmaster
headmistress surgeon veterinarian pharmacist mechanic curator archaeologist economist agronomist physician
referee judge
monitor headteacher prosecutor enumerator surveyor nutritionist defender
supervisor coordinator administrator commissioner councillor councilor caretaker watchman imam arbab keeper
baker tailor carpenter
inspector technician foreman vaccinator
pathologist hydrologist epidemiologist geologist seismologist entomologist virologist meteorologist climatologist
glaciologist ecologist botanist sociologist anthropologist demographer statistician dietitian paediatrician
pediatrician obstetrician gynaecologist gynecologist dentist paramedic
wakil qaryadar
participant defendant paraprofessional mirab
returnee deportee migrant refugee interviewee respondent informant
`);

/**
 * Nouns a report uses for a body it has named ("the agency said", "the ministry said"): the definite noun refers
 * back to the organisation named last, not to a person.
 */
export const BODY_NOUNS = set(`
agency ministry department directorate office organisation organization committee commission council
administration programme program mission fund charity group company association union federation
foundation institute service authority bank embassy consulate court network alliance movement party
municipality tribunal
`);

/**
 * Plural nouns for holders of an opinion, nobody in particular ("Sceptics had long said", "critics call it"): what
 * they are said to say is a view or a scare quote, never a speaker's words.
 */
export const OPINION_GROUPS = set(`
sceptics skeptics critics cynics doubters detractors naysayers pessimists optimists opponents supporters
`);

/** Of KIN_NOUNS, those that name a group: "they", never "he" or "she", refers to it. */
export const KIN_GROUPS = set(`family parents neighbours neighbors friends`);
/**
 * Relatives and the people close to a writer or a subject, whom a text names by a possessive only ("my
 * sister-in-law says", "as his family put it"): each such phrase is a source of its own.
 */
export const KIN_NOUNS = set(`
family parents mother father grandmother grandfather wife husband sister brother daughter son aunt uncle
cousin niece nephew grandson granddaughter mother-in-law father-in-law sister-in-law brother-in-law
daughter-in-law son-in-law neighbour neighbor neighbours neighbors friend friends
`);

/** Verbs that attribute speech or a stated view. */
export const SPEECH_VERBS = set(`
say says said saying add adds added adding explain explains explained explaining tell tells told telling
claim claims claimed note notes noted ask asks asked argue argues argued warn warns warned insist insists
insisted recall recalls recalled continue continues continued conclude concludes concluded stress stresses
stressed agree agrees agreed write writes wrote state states stated suggest suggests suggested believe
believes believed maintain maintains maintained contend contends contended acknowledge acknowledges
acknowledged admit admits admitted confirm confirms confirmed deny denies denied declare declares declared
describe describes described remark remarks remarked reply replies replied answer answers answered assert
asserts asserted report reports reported predict predicts predicted urge urges urged vow vows vowed
complain complains complained observe observes observed think thinks thought announce announces announced
repeat repeats repeated recount recounts recounted estimate estimates estimated caution cautions cautioned concede concedes conceded shout shouts shouted
whisper whispers whispered murmur murmurs murmured sing sings sang recite recites recited chant chants chanted
begin begins began
promise promises promised pledge pledges pledged
cry cries cried
testify testifies testified aver avers averred
`);

/**
 * Nouns for words someone said or wrote, as a colon introduces them ("her answer to the critics:", "one of his
 * poems:", "his advice:"): the owner of such words is their speaker.
 */
export const WORDS_NOUNS = set(`
words view views verdict answer reply advice rule rules motto saying sayings proverb proverbs couplet couplets
poem poems verse verses line lines song songs passage passages description account explanation message
warning plea comment comments refrain prayer slogan joke jokes wish wishes instruction instructions
statement statements testimony
`);

/** A speaker's own voice: "I", "we", "our"; «من»، «ما»، «مرا». */
export const FIRST_PERSON =
  /(?<![\p{L}\u200C])(?:I|I'm|I've|we|We|my|My|our|Our|me|us|من|ما|مرا|مان)(?![\p{L}\u200C])/u;

/** Whether a text holds a verb of speech among its words ("…, the official said on Monday"). */
export function hasSpeechVerb(text: string): boolean {
  return text.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w));
}

/** What a person's face or body does in a scene ("while Farah smiled", "as Zabul nodded"): no place does it. */
export const GESTURE_VERBS = set(`
look looks looked smile smiles smiled laugh laughs laughed nod nods nodded shrug shrugs shrugged sigh sighs sighed
frown frowns frowned blush blushes blushed grin grins grinned
`);

/**
 * Gestures a voice makes while speaking: '"…," laughs Name', '"…," she sighed' — a verb of speech when it stands
 * where the reporting verb does, right after a quotation its comma leaves open.
 */
export const VOICED_GESTURES = set(`
smile smiles smiled laugh laughs laughed sigh sighs sighed shrug shrugs shrugged grin grins grinned chuckle
chuckles chuckled
`);

/** Past tenses not in "-ed": a verb after a "Name, description," introduction as much as "walked". */
export const IRREGULAR_PASTS = set(`
put told went came took gave made sat stood kept left led ran met brought felt found held began got knew
lost paid sent spent built won drove rode grew fell hid shook sold bought taught fought set showed
died dies lived lives
`);

/** Verbs that may end a "Name, description," introduction. */
export const INTRO_VERBS = new Set([
  ...SPEECH_VERBS,
  ...'has have had is was are were sees saw points pointed expressed expresses spoke speaks hopes fears worries'.split(
    ' ',
  ),
  // Irregular pasts, which the "-ed" test of an introduction's verb misses ("…, an engineer, put it plainly").
  ...IRREGULAR_PASTS,
]);

/** Qualifiers that follow a place name and narrow what it is. */
export const QUALIFIERS: Readonly<Record<string, 'province' | 'district' | 'city'>> = {
  province: 'province',
  provinces: 'province',
  district: 'district',
  districts: 'district',
  city: 'city',
  town: 'city',
};

/**
 * Head words of the proper names of non-governmental bodies: movements, parties, fronts, companies, media,
 * universities and the like, with the transliterated words Afghan and regional groups are named by ("Hezb",
 * "Jamiat", "Tehrik", "Junbish", "Harakat", "Jabha", "Ittehad", "Lashkar", "Jaish"). A place inside such a name
 * ("the Islamic Movement of Uzbekistan", "Kabul University", "Radio Free Afghanistan") only labels the body; the
 * text is not about the place there. Hotels, festivals, cooperatives and aid programmes or responses named after
 * a place ("the Kunduz Hotel", "the Takhar Flood Response") are names too. Left out on purpose: centre,
 * hospital, airport, base, brigade, project — a facility, a works or a military unit named after its place is in
 * that place. A newsroom's desk or a broadcaster's service named after a region ("the Central Asia Desk") is the
 * newsroom's.
 */
export const ORGANISATION_WORDS = set(`
movement movements party parties front alliance coalition league congress union network networks
weekly monthly logistics enterprises industries holdings
petroleum oil gas energy trading transport construction cement mining telecom textiles motors group limited ltd
organization organisation association society federation foundation institute university college academy
company corporation bank airlines airline airways radio television tv news agency agencies voice times post press
journal magazine tribune herald gazette daily club
hotel hotels guesthouse festival programme program initiative response appeal cooperative
team teams riders strikers warriors tigers lions eagles falcons knights kings stars united
hezb hizb jamiat tehrik tehreek tahrik junbish jonbesh jombesh harakat jabha ittehad ittihad lashkar jaish
online
store stores
fund funds
relief
desk service
forum forums board
`);

/**
 * Singular English trade heads of a shop's sign, read only capitalised right after a place ("the Kunduz Bakery",
 * "Kokcha Consultancy"; see business-names.ts): lower case ("Kunduz Airport restaurant staff") or plural ("Kunduz
 * Traders Say …", a headline) they are the place's trade, not a shop's name. Two-word heads take the word before
 * them ("the Kabul Kebab House"): alone "house" is an everyday word ("the Kunduz House of Culture").
 */
export const BUSINESS_SIGN_HEADS: readonly string[] = [
  'bakery',
  'restaurant',
  'bookshop',
  'bookstore',
  'pharmacy',
  'supermarket',
  'grocery',
  'consultancy',
  'kebab house',
  'tea house',
  'chai house',
  'guest house',
  'coffee house',
  'book house',
  // Other spellings and eateries of a sign ("the Taloqan Kabob House", "the Faizabad Grill").
  'kabob house',
  'kabab house',
  'kebab shop',
  'kabob shop',
  'cafe',
  'café',
  'grill',
  'diner',
  // A carpet dealer's and a wedding hall's sign ("the Rostaq Carpet House", "a hall called Kabul Palace").
  'carpet house',
  'rug house',
  'palace',
  'wedding hall',
  // A kebab shop's sign without "house" ("Salang Pass Kebab", "the Mazar Kabob").
  'kebab',
  'kabob',
  'kabab',
  // A bus company, a teahouse and a printer ("a Salang Coach", "the Kokcha Chaikhana", "the Kunduz Printing House").
  'coach',
  'chaikhana',
  'chaikhaneh',
  'chai khana',
  'samovar',
  'printing house',
  'printing press',
  'print house',
];
/**
 * Plural trade heads, read as a sign only where the name closes on a comma or a full stop ("under a sign that
 * says Takhar Dry Fruits.", "Pamir Monitoring Consultants, hired by …"): before a verb they are people or goods
 * of the place ("Kunduz Traders said …", "Kunduz Restaurants And Bakeries were shut").
 */
export const BUSINESS_SIGN_PLURAL_HEADS: readonly string[] = ['consultants', 'dry fruits', 'sweets'];
/** Lower-case words after a trade head that make it the place's trade: "Kunduz Tea House owners", "… market". */
export const BUSINESS_TRADE_FOLLOWERS = set(
  'owner owners staff workers employees keepers sellers traders market markets shops association union',
);

/** Words near a place with a numeric code joined that make the code a crop variety's: "Baghlan-09 seed". */
export const VARIETY_WORDS = set(
  'variety varieties seed seeds wheat cultivar cultivars strain strains bred breed breeding hybrid hybrids',
);
/**
 * Words after "Place-<number>" that make the number a place's own part, a date's or a facility's, never a
 * variety's: "the Kunduz-2 district", "Kabul-1 school", "Kunduz-2 substation", "KUNDUZ-12 May (Pajhwok)".
 */
export const CODED_NOT_VARIETY_WORDS = set(`
district districts school schools road roads station stations substation substations line lines highway dam canal
plant camp base zone area sector ward village town city project
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Organisation words that head a name only before the place ("Voice of Kokcha"), not after it ("… Find A Voice"). */
export const ORGANISATION_HEADS_BEFORE_ONLY = set('voice');
/**
 * Organisation words that head a name after the place only right after it or after other such words ("Kokcha
 * Agency", "Kokcha News Agency"), not after a headline's verb ("Kunduz Farmers Sue Agency"); a desk or a service
 * likewise ("the Central Asian Service"): a province's service with its own kind word ("the Badakhshan Health
 * Service") is the province's department.
 */
export const ORGANISATION_HEADS_RIGHT_AFTER = set('agency agencies desk service');

/**
 * Heads that close a name only written with a capital ("the Central Asia Desk", "the Central Asian Service"): in
 * lower case they are a route's or an office's ("the Kabul–Faizabad service", "the Kunduz health service").
 */
export const ORGANISATION_HEADS_CAPITALISED_ONLY = set('desk service');

/**
 * Words for what a place's name labels even written in lower case right after it: "the Oxus civilisation" — an
 * age named after the land, not a mention of the place; "the Yawan stream" — a water named after the district
 * that has no place of its own on the map (a river that has one is a region: "the Kokcha river").
 */
export const NAMED_AFTER_WORDS = set('civilisation civilization civilisations civilizations stream streams');

/**
 * Bodies of a place's own government or state: a council, ministry, police or army "of Kunduz" acts for the
 * place, so the name still mentions it ("the Kunduz Provincial Council", "the Border Guards of Tajikistan").
 */
export const GOVERNMENT_WORDS = set(`
council councils government governor governorate administration police ministry ministries army armed
forces force guards guard military parliament senate court courts directorate department municipality
mayor commission embassy consulate customs president presidency cabinet
`);

/** Words that make a capitalised run an organisation or thing rather than a person's name. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...set(`
movement force forces council party ministry army police government taliban alliance organization
organisation front union committee commission agency office university institute network group news radio
province district city islamic republic state states nations united international national
rights watch agreement accord treaty survey times post press journal magazine television bank fund
foundation service mission embassy center centre court department directorate administration assembly
parliament senate company corporation association society programme program project
`),
  ...ORGANISATION_WORDS,
  // Government bodies, not the titles of people (a "Governor" or "President" heads a person's name).
  ...[...GOVERNMENT_WORDS].filter((w) => !['governor', 'mayor', 'president'].includes(w)),
]);

/**
 * Place names that are also everyday words or people's names ("Farsi" the language, Helmand's "Washer"; Dari
 * بهاوالدین a man's name and Khwaja Bahauddin's short form, شهدا "martyrs",
 * جرم "crime", مقر "headquarters", میزان a month, مزار "shrine", «ما می» "we …"): linked only with a cue — a qualifier, "in"/"در" before them,
 * or another place of the same province in the passage. Keys as normalizeName makes them.
 */
export const WORD_NAMES: ReadonlySet<string> = new Set(
  [
    'Farsi, Reg, Washer, Chal, Tani, Bak, Kot, Nika, Obe, Andar, Khas, Panjab, Punjab',
    'شهدا، جرم، شهر بزرگ، چاه آب، نمک آب، کوهستان، کوهستانات، شکی، خواهان، برکه، جلگه، چال، فارسی، شهرک',
    'گلستان، مقر، چک، چوکی، زاری، صیاد، گوسفندی، انجیل، ریگ، گرمسیر، سنگین، خاکریز، معروف، نیش، دامان',
    'نوبهار، میزان، آب بند، شهرستان، پنجاب، ورس، اندر، ده سبز، ده بالا، مزار، بهاوالدین، نیلی، بازارک',
    // «ما می خواهیم» "we want", the present prefix written apart: Maimay's spelling «ما می» as everyday words.
    'ما می',
  ]
    .flatMap((line) => line.split(/[,،]/))
    .map(normalizeName)
    .filter(Boolean),
);

/**
 * Names of places far from the map written as an everyday Dari phrase (نیم روز "half a day", Nimroz written
 * apart): linked only with a qualifier, beside another place of their province, or in a list with "و".
 */
export const OFF_MAP_DARI_PHRASES: ReadonlySet<string> = new Set(['نیم روز'].map(normalizeName));

/**
 * Afghan districts (by their English name) whose name a district or town across the border shares: Ishkashim,
 * Shughnan, Darvaz and the Wakhan in Tajikistan, Kohistan in Pakistan. Only such a name listed with towns abroad
 * is read as lying abroad ("from Khorog and Ishkashim"); "through Termez and Hairatan" crosses the river.
 */
export const NAMESAKES_ABROAD: ReadonlySet<string> = new Set([
  'Eshkashem',
  'Shighnan',
  'Dawraz-e-Payin',
  'Dawraz-e-Bala',
  'Wakhan',
  'Kohistan',
]);

/**
 * Towns just across the northern border, in Tajikistan and Uzbekistan, that seat districts named like Afghan
 * ones or face them across the river (Khorog faces Shighnan, Kalai-Khumb seats Darvoz): never Afghan places.
 */
export const FOREIGN_TOWNS: readonly string[] = [
  'Khorog',
  'Khorugh',
  'Kalai-?Khumb',
  'Qalai-?Khumb',
  'Rushan',
  'Vanj',
  'Kulob',
  'Kulyab',
  'Termez',
  'Dushanbe',
  // The Tajik district and town opposite Takhar, a letter from Takhar's Farkhar.
  'Farkhor',
  // Tajik spellings of the nohiyas across from Badakhshan's namesakes: Ishkashim, Darvaz, Shughnan.
  'Ishkoshim',
  'Darvoz',
  'Shughnon',
];
/** The same towns in Dari: خاروغ faces شغنان, قلعه‌خم seats درواز. */
export const DARI_FOREIGN_TOWNS: readonly string[] = [
  'خاروغ',
  'خاروگ',
  'قلعه[‌ ]?خم',
  'وانج',
  'کولاب',
  'ترمذ',
  'دوشنبه',
];

/** Pakistan's cities that reporting names beside the north: a journey's far end, a place listed abroad. */
const PAKISTANI_CITIES: readonly string[] = ['Peshawar', 'Quetta'];

/**
 * Places just across the eastern border, in Pakistan, that share names with Afghan districts' neighbours
 * (Pakistan has its own Kohistan beside Swat): listed with one, a name is Pakistan's.
 */
export const PAKISTANI_PLACES: readonly string[] = [
  'Swat',
  'Chitral',
  'Gilgit',
  ...PAKISTANI_CITIES,
  'Bajaur',
];

/**
 * Cities abroad that reporting sets at the other end of a journey or an extent from a northern town ("felt from
 * Kunduz to Islamabad", "flights from Dushanbe to Kunduz"): never marked themselves, they make the other end a town.
 * The towns across the northern border and Pakistan's cities are theirs, listed once above.
 */
export const CITIES_ABROAD: readonly string[] = [
  ...FOREIGN_TOWNS,
  ...PAKISTANI_CITIES,
  'Islamabad',
  'Karachi',
  'Lahore',
  'Tashkent',
  'Samarkand',
  'Bukhara',
  'Almaty',
  'Bishkek',
  'Ashgabat',
  'Tehran',
  'Mashhad',
  'Delhi',
  'New Delhi',
  'Moscow',
  'Istanbul',
  'Dubai',
  'Urumqi',
  'Kashgar',
];

/**
 * Word names that are words for a kind of land (کوهستان "the mountains", گرمسیر "the warm lowlands", جلگه "the
 * plain", دامان "the foothills"): "در کوهستان" is "in the mountains", so "در" before one is no cue.
 */
export const DARI_LAND_WORDS = set('کوهستان کوهستانات گرمسیر جلگه دامان شهرستان');
/**
 * Word names that are an everyday phrase for a kind of place (شهر بزرگ "a big city"): "در شهر بزرگ" is "in the big
 * city", so "در" before one is no cue either. Keys as normalizeName makes them.
 */
export const DARI_PLACE_PHRASES: ReadonlySet<string> = new Set(['شهر بزرگ'].map(normalizeName));

/**
 * Dari nouns for a district's governor and its people, right before its name ("ولسوال چاه آب", "باشندگان
 * خواهان", "مردم جرم"): with their verb or a comma after the name, they say a place is meant.
 */
export const DARI_PEOPLE_OF: readonly string[] = [
  'ولسوال',
  'باشندهٔ',
  'باشنده‌ی',
  'باشندگان',
  'ساکنان',
  'اهالی',
  'مردم',
  'بزرگان',
  'موسفیدان',
];

/** Dari nouns for a port, a border crossing and a customs post before its town's name ("بندر حیرتان"). */
export const DARI_PORT_NOUNS: readonly string[] = ['بندر', 'بندرگاه', 'گذرگاه', 'گمرک'];

/** Words right before a name that say a place is meant ("in Jurm", "در جرم"). */
export const PLACE_CUES = set('in at from to near در');
/** Nouns before a name that make it a village of that name, not the district: "قریهٔ علی‌آباد", "the village of". */
/** What a landscape's or a town's feature is called after its name: "Kunduz River", "Salang Pass", "Archi Road". */
export const LANDMARK_NOUNS = set(
  'river rivers pass road highway valley bridge canal dam lake mountains hills gate',
);
/** The offices a Dari notice comes from: «ریاست معارف», «شاروالی تالقان», «قوماندانی امنیه». */
export const DARI_OFFICE_NOUNS: readonly string[] = [
  'ریاست',
  'وزارت',
  'اداره',
  'شاروالی',
  'قوماندانی',
  'ولسوالی',
  'ولایت',
  'دفتر',
];
/** The verbs a body's statement takes ("the department stated that …"): a body reports, it does not recall or whisper. */
export const STATEMENT_VERBS: readonly string[] = [
  'said',
  'says',
  'stated',
  'states',
  'announced',
  'wrote',
  'replied',
  'confirmed',
  'added',
  'insisted',
  'maintained',
];
/** Adverbs of habit between a teller and their verb: "he then said", "my father always says". */
export const HABIT_ADVERBS: readonly string[] = ['then', 'once', 'always', 'often', 'just'];
/**
 * Adverbs between a subject and its speech verb ("he also said", "she used to say", "they quietly added"): the
 * adverbs of habit and those of sequence and manner.
 */
export const SUBJECT_VERB_ADVERBS: readonly string[] = [
  ...HABIT_ADVERBS,
  'also',
  'later',
  'now',
  'used to',
  'still',
  'sometimes',
  'again',
  'quietly',
  'simply',
  // "Farahmand would say only that …", "she could only say": a modal before the verb of speech.
  'would',
  'would only',
  'could only',
  'will only',
];
/** Words a phrase of time, place or channel opens a sentence with before its subject ("In a statement,"). */
export const SCENE_OPENER_WORDS: readonly string[] = ['In', 'On', 'At', 'After', 'Before', 'Earlier', 'Last'];
/**
 * What opens a role as a subject: an article, or a possessive before a relative or a neighbour ("my
 * mother-in-law says", "his family said"), whom the text never names.
 */
/** The possessives that say whose a relative or a thing is: "his daughter", "my uncle", "their son". */
export const OWNER_WORDS: readonly string[] = ['his', 'her', 'their', 'my', 'our'];
/** English articles opening a described person: "the shopkeeper", "a farmer", "an elder". */
export const ENGLISH_ARTICLES: readonly string[] = ['the', 'a', 'an'];
export const ROLE_DETERMINERS: readonly string[] = [...ENGLISH_ARTICLES, ...OWNER_WORDS];
/** Words that open a role's phrase without setting the role apart: determiners and "this", "its", "same". */
export const ROLE_PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  ...ROLE_DETERMINERS,
  'this',
  'that',
  'its',
  'same',
]);
export const VILLAGE_NOUNS = set('village hamlet قریه قریهٔ قریه‌ی روستای روستا دهکده');
/**
 * Words opening the name of a town's quarter after a place ("Karte Parwan", «کارته پروان», «کارتهٔ سه»): the
 * quarter, not the province it is named after.
 */
export const QUARTER_NOUNS = withKeys(`
karte karta kart-e کارته کارتهٔ کارته‌ی
kart karteh jada jadah jaada jadda jaddah jade jadayi jadai kocha kucha koocha guzar gozar
کوچه کوچهٔ کوچه‌ی گذر
`);
/** The ezafe a transliteration writes between a quarter's noun and its name: "Kart-e-Parwan", "Jadayi-i Maiwand". */
export const EZAFE_TRANSLITERATIONS = set('e i ye yi y');

/** English nouns after a name that make it a structure or site a map can pin: "the Kokcha bridge". */
export const PIN_SITE_NOUNS: readonly string[] = ['bridge', 'crossing', 'base'];
/** Dari nouns, each with its ezafe, before a village's name: «روستای گورتپه», «قریهٔ علی‌آباد». */
export const DARI_VILLAGE_HEADS: readonly string[] = ['روستای', 'قریهٔ', 'قریه‌ی', 'قریه'];
/**
 * Dari words that end a name after a village noun: «قریه گورتپه در ولسوالی …», «روستای نو که …». Held as written
 * and by their key (آن → ان, فقط → فقت), since callers look up either.
 */
export const DARI_NAME_STOPS = withKeys(`
در و که از به را با تا این آن یک هم نیز برای بر ولسوالی ولایت شهر مربوط واقع است بود شد شده می گفت گفتند
نیست هست تنها فقط ما شما من تو او ایشان آنها خود
ها های
همان همین
`);
/**
 * Dari prepositions and particles, each a word of its own: run together with the word before or after, they make
 * no name («درو از بین» is "the harvest, from …", not درواز).
 */
export const DARI_PARTICLES = set('از به در و که را با تا بر');
/** Dari words that set a place in a clause by where it lies or which way it is («میان کندز و تخار», «سوی بدخشان»). */
export const DARI_PLACE_PREPOSITIONS: readonly string[] =
  'میان بین سوی طرف جانب سمت نزدیک کنار پهلوی نزد داخل درون بیرون زیر روی پشت مقابل برابر همراه'.split(' ');
/**
 * Dari words a sports club names itself with before its home's name, as English clubs do after it ("Kokcha
 * Lions"): «شیران …» lions, «ستارهٔ …» star, «عقاب‌های …» eagles, «باشگاه …» club. The name is the club's.
 */
export const DARI_TEAM_WORDS: readonly string[] = [
  'شیران',
  'شیرهای',
  'ستاره',
  'ستارگان',
  'عقابان',
  'عقاب‌های',
  'شاهینان',
  'شاهین‌های',
  'پلنگان',
  'پلنگ‌های',
  'باشگاه',
  'کلپ',
];
/** Dari words right before a village noun that make it any village, not a named one: «این قریه», «یک قریهٔ». */
export const DARI_COMMON_NOUN_CUES = set('این آن یک هر همین همان هیچ کدام چند');

/** Dari nouns before a name that say what it is: "ولایت کندز" the province, "شهر کندز" the city. */
export const DARI_QUALIFIERS: Readonly<Record<string, 'province' | 'district' | 'city'>> = {
  ولایت: 'province',
  ولایات: 'province',
  ولسوالی: 'district',
  ولسوالیها: 'district',
  شهر: 'city',
  شهرستان: 'district',
};

/** Words before a name that make it the city: "the outskirts of Kunduz", "based in Faizabad", "capital Taloqan". */
export const CITY_CUES = [
  'outskirts of',
  'suburbs of',
  'based in',
  'centre of',
  'center of',
  'capital',
  'streets of',
  'edges? of',
  'heart of',
  'neighbou?rhoods? of',
  'squares? of',
  'lanes of',
  'alleys of',
  'pavements of',
  'sidewalks of',
  'rooftops of',
  'shopfronts of',
];

/**
 * People and businesses a report puts "in" a town ("a livestock specialist in Kunduz", "the company in
 * Kunduz"): where a person works or a firm trades is the city, not the province around it.
 */
export const OCCUPANT_NOUNS: readonly string[] = [
  'specialist',
  'activist',
  'lawyer',
  'tailor',
  'mechanic',
  'pharmacist',
  'photographer',
  'vet',
  'veterinarian',
  'driver',
  'baker',
  'butcher',
  'barber',
  'cobbler',
  'money-?changer',
  'expert',
  'doctor',
  'dentist',
  'surgeon',
  'midwife',
  'nurse',
  'journalist',
  'reporter',
  'trader',
  'dealer',
  'merchant',
  'shopkeeper',
  'vendor',
  'company',
  'firm',
  'shop',
  'store',
  'bakery',
  'factory',
  'mill',
  'pharmacy',
  'bureau',
  'restaurant',
  'workshop',
  'garage',
];
/** The same in Dari: the noun opens a description that ends "در X" ("متخصص مالداری این برنامه در کندز"). */
export const DARI_OCCUPANT_NOUNS: readonly string[] = [
  'متخصص',
  'فعال',
  'داکتر',
  'تاجر',
  'دکاندار',
  'شرکت',
  'دکان',
  'فابریکه',
  'دفتر',
  'شفاخانه',
  'کلینیک',
  'ایستگاه',
  'سالون',
  'ورزشگاه',
];
/**
 * What a town's market sets, read "در X" in the same clause as an occupant's description ("بهای یک سیر گندم در
 * کندز", "کرایهٔ خانه در …"): matched as whole words, with their ezafe or plural.
 */
export const DARI_PRICE_NOUNS: readonly string[] = ['قیمت', 'بهای', 'نرخ', 'کرایه', 'ترافیک'];
/**
 * Units a market's price row heads its cells with ("Rice, 25 kg:", "Diesel, per litre:", «آرد، یک
 * بوری:», «نرخ تیل، فی لیتر:»): matched as whole words in the row's label.
 */
export const PRICE_ROW_UNITS: readonly string[] = [
  'kg',
  'kilos?',
  'kilograms?',
  'litres?',
  'liters?',
  'bags?',
  'sacks?',
  'seers?',
  'tonnes?',
  'tons?',
  'afghanis',
  'کیلو',
  'کیلوگرام',
  'لیتر',
  'بوری',
  'سیر',
  'افغانی',
];
/** Small counts a list's head puts before its noun: "three provinces", «سه ولایت». */
export const COUNT_WORDS: readonly string[] = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'دو',
  'سه',
  'چهار',
  'پنج',
  'شش',
  'چند',
];
/**
 * Dari words right before a name that make it the town, as "the outskirts of", "the centre of", "the citizens of"
 * do in English: «حاشیهٔ کندز», «مرکز کندز», «کوچه‌های کندز», «شهروندان کندز».
 */
export const DARI_CITY_CUES: readonly string[] = [
  'مرکز',
  'حاشیهٔ',
  'حاشیه‌ی',
  'حاشیه',
  'کوچه‌های',
  'شهروندان',
  'نواحی',
  // A town's wholesale fruit and grain market ("مندوی کندز"); the noun ends in ی, so its ezafe is unwritten.
  'مندوی',
  // A town's main square and the bazaar round it («چوک کندز»); not a venue noun for any name, since squares
  // are named by words too («چوک شهدا», the Martyrs' Square).
  'چوک',
  // A town's services and trading halls: its fire brigade, its money exchange market («سرای صرافی کندز»).
  'آتش‌نشانی',
  'صرافی',
  'سرای',
  // A town's Friday mosque («مسجد جامع کندز»): the province has none of its own.
  'مسجد جامع',
  'مسجد جامع شهر',
];

/**
 * A forecast is read at a town's weather station ("the weather in Kunduz", "هوای کندز", "در کندز هوا ابری"):
 * the words that put a name under a forecast. Dari: the ezafe form before the name, the bare noun after it.
 */
export const WEATHER_NOUNS: readonly string[] = ['weather', 'temperatures?', 'forecast'];
/**
 * What a town's streets and market have and a province does not ("traffic in Kunduz", "rents in Faizabad",
 * "two thousand afghanis more in Kunduz"): read like a forecast, before "in".
 */
export const TOWN_LIFE_NOUNS: readonly string[] = [
  'traffic',
  'prices?',
  'rents?',
  'fares?',
  'afghanis?(?:[ \\t]+(?:more|less|cheaper|dearer))?',
];
/**
 * A town's services and streets, whose lack its people feel ("without gas", «برق چه وقت می‌آید»): what makes "the
 * people of" a name a town's people.
 */
export const TOWN_SERVICE_WORDS: readonly string[] = [
  'water',
  'power',
  'electricity',
  'gas',
  'bread',
  'traffic',
  'streets?',
  'bazaars?',
  'rents?',
  'آب',
  'برق',
  'بی‌برقی',
  'گاز',
  'نان',
  'ترافیک',
  'کوچه',
  'بازار',
  'کرایه',
];
/** Dari words for a member of parliament, who represents a province's people («نمایندهٔ مردم کندز»). */
export const DARI_MP_WORDS: readonly string[] = [
  'نماینده',
  'نمایندهٔ',
  'نماینده‌ی',
  'نمایندگان',
  'وکیل',
  'وکیلان',
];
/** A parliament's members and elections, whom a province sends ("MPs", «نمایندگان»، «انتخابات»). */
export const PARLIAMENT_WORDS: readonly string[] = [
  'MPs?',
  'parliament\\w*',
  'senators?',
  'elect(?:s|ed|ions?)?',
  'represent\\w*',
  ...DARI_MP_WORDS,
  'پارلمان',
  'انتخابات',
  'ولسی',
];
export const DARI_WEATHER_NOUNS: readonly string[] = ['هوا', 'دمای هوا', 'دما'];

/**
 * What a province has and a town does not, read beside a name a province shares with its capital: its governor,
 * police, departments and officials ("the Kunduz governor's office", "customs officials in Kunduz"), the land it
 * farms ("hectares planted in Kunduz", "Kunduz cotton") and its extent ("northern Kunduz", "the plains of Kunduz").
 */
export const PROVINCE_BODY_NOUNS: readonly string[] = [
  "governor(?:['’]s)?",
  'governorate',
  'police',
  'provincial',
  'department',
  'directorate',
  'customs',
  'council',
  'authorities',
  'officials?',
  'administration',
  'commander',
  'security[ \\t]+forces',
  'chamber[ \\t]+of[ \\t]+commerce',
];
/** Crops a province is known by ("Kunduz cotton", "the rice of Kunduz", «برنج کندز»). */
export const PRODUCE_NOUNS: readonly string[] = ['cotton', 'rice', 'melons?', 'watermelons?', 'wheat'];
export const DARI_PRODUCE_NOUNS: readonly string[] = ['برنج', 'خربوزه', 'تربوز', 'پخته', 'گندم'];
/**
 * Farming, disaster and war at a province's scale in the clause before "in" the name ("9,000 hectares were
 * planted with rice in", "floods tore through villages in", "fighting in"), and the same before «در».
 */
export const PROVINCE_SCALE_WORDS: readonly string[] = [
  'hectares?',
  'acres?',
  'jeribs?',
  'planted',
  'sown',
  'cultivated',
  'farmers',
  'fighting',
  'clashes',
  'floods?',
  'flooding',
  'drought',
  'outbreaks?',
  'displaced',
  // a crop's harvest, a season's weather: "sesame was harvested in", "every dry summer in"
  'harvested',
  '(?:dry|wet|hot|harsh|rainless|snowless)[ \\t]+(?:summers?|winters?|springs?|seasons?|years?)',
];
export const DARI_PROVINCE_SCALE_WORDS: readonly string[] = [
  'هکتار',
  'دهقانان',
  'سیلاب',
  'سیل',
  'جنگ',
  'درگیری',
  'خشکسالی',
  'شیوع',
  'بیجاشدگان',
  'کشت',
  'جریب',
  'حاصلات',
];
/** Words right before a name that make it the province's land: "northern Kunduz", "the plains of Kunduz". */
export const PROVINCE_EXTENT_BEFORE: readonly string[] = [
  '(?:north|south)(?:-?(?:east|west))?ern',
  'eastern',
  'western',
  'rural',
  'across',
  'throughout',
  'all[ \\t]+of',
  'parts[ \\t]+of',
  '(?:plains|fields|farmlands?|countryside|districts|villages)[ \\t]+of',
];
/**
 * Dari heads of a province's bodies: the governor («والی»), a directorate and its head («ریاست»، «رئیس»), the
 * police or security command («قوماندانی»، «فرماندهی»), an office («اداره»), officials («مقامات»، «مسئولان»), a
 * council or chamber («شورای»، «اتاق»): an ezafe chain from one of them ending in the name is the province's body.
 */
export const DARI_PROVINCE_BODY_NOUNS: readonly string[] = [
  'والی',
  'ریاست',
  'رئیس',
  'قوماندانی',
  'قوماندان',
  'فرماندهی',
  'فرمانده',
  'اداره',
  'مقامات',
  'مقام‌های',
  'مسئولان',
  'مسئولین',
  'مسئول',
  'شورای',
  'اتاق',
  'گمرک',
];
/** Dari farming and extent before the name («دشت‌های کندز»، «ولسوالی‌های کندز») or after it («کندز زیر کشت»). */
export const DARI_EXTENT_BEFORE: readonly string[] = [
  'دشت‌های',
  'دشتهای',
  'ولسوالی‌های',
  'ولسوالیهای',
  'سراسر',
];
export const DARI_FARM_AFTER: readonly string[] = ['زیر[ \\t]+کشت'];

/**
 * Three cities so large that reporting names them alone for the city (Kabul, Herat, Kandahar): outside the
 * north, a bare name a province shares with its capital is the city only for these; a smaller capital's
 * name (Bamyan, Ghazni, Khost, Farah, Sar-e-Pul) alone means the province, as Kunduz does on the map.
 */
export const CITIES_NAMED_ALONE: ReadonlySet<string> = new Set(['AF0101', 'AF3201', 'AF2701']);

/**
 * Places in a town that a report puts "in" or "of" it ("the trauma centre in Kunduz", "the bazaars of Kunduz",
 * "شفاخانهٔ حوزوی کندز"): what they stand in is the city, not the province around it.
 */
export const VENUE_NOUNS: readonly string[] = [
  'hospital',
  'clinic',
  'bazaars?',
  'market',
  'hotel',
  'room',
  'cent(?:re|er)',
  'airport',
  'mosque',
  'halls?',
  'stations?',
  'stadium',
  'square',
  'terminal',
  'prison',
  'university',
  'cinema',
  'warehouses?',
  'depots?',
  // A town's wholesale grain and fruit market ("the Mandawi of Kunduz"), as «مندوی» is in Dari.
  'mandawi',
  'mandi',
  // A ring road circles the town ("the Kunduz ring road").
  'ring roads?',
];
/** A person or people named by no trade, or only counted ("a man", "a few"): where they are from says no town. */
export const PLAIN_PERSON_WORDS: readonly string[] = [
  ...['man', 'woman', 'boy', 'girl', 'person', 'child', 'youth'],
  'family',
  'few',
];
/** Of PLAIN_PERSON_WORDS, those naming one person ("a man"), not a household or a count ("a family", "a few"). */
export const ONE_PLAIN_PERSON_WORDS: readonly string[] = PLAIN_PERSON_WORDS.filter(
  (w) => w !== 'family' && w !== 'few',
);
/** Works that stand in a town: "the sugar factory in Baghlan", "the Balkh cotton mill". */
export const WORKS_NOUNS: readonly string[] = ['factory', 'factories', 'plant', 'mill', 'refinery', 'works'];
/**
 * The trade a province's namesake town is known by, where its capital has another name: Baghlan-e-Jadid's sugar
 * ("Baghlan sugar", «قند بغلان») — not the beet the trade is made from, a crop of the whole province.
 */
export const TOWN_TRADE_WORDS: readonly string[] = ['sugar'];
export const DARI_TOWN_TRADE_WORDS: readonly string[] = ['قند', 'شکر'];
/** Goods a place's name may label in lower case after it, beside PRODUCE_NOUNS ("Kunduz fruit", "Takhar salt"). */
export const TRADED_GOODS_NOUNS: readonly string[] = [
  'fruit',
  'grain',
  'goods',
  'flour',
  'carpets?',
  'onions?',
  'apricots?',
  'almonds?',
  'pistachios?',
  'raisins?',
  'salt',
  'sugar',
];
/** What follows the trade's word when it names the crop, not the town's product ("sugar beet"). */
export const TOWN_TRADE_CROPS: readonly string[] = ['beets?', 'cane'];
/** Dari nouns for a road, each taking its ezafe before the name it is called by («راه سالنگ», «سرک کندز»). */
export const DARI_ROAD_NOUNS: readonly string[] = ['راه', 'شاهراه', 'جاده', 'سرک', 'مسیر'];
/** The same in Dari, each with the ezafe it takes before a name. */
export const DARI_VENUE_NOUNS: readonly string[] = [
  'شفاخانه',
  'کلینیک',
  'بازار',
  'هوتل',
  'میدان هوایی',
  'ایستگاه',
  'سالون',
  'ورزشگاه',
  'زندان',
];

/**
 * First halves of Dari names written joined («محمدصادق», «غلامسخی»): the text may call the person by the second
 * half alone («صادق»), as an English text calls Mohammad Sadiq "Sadiq".
 */
export const DARI_JOINED_NAME_HEADS: readonly string[] = ['محمد', 'غلام'];

/**
 * Dari connectives that open a sentence before its subject and a comma ("در همین حال، فریده نوری، …، گفت"):
 * "meanwhile", "on the other hand", "at the same time", "besides" — never a speaker's name.
 */
export const DARI_CONNECTIVES: ReadonlySet<string> = new Set(
  [
    'در همین حال',
    'در این حال',
    'در عین حال',
    'در این میان',
    'در همین حال و هوا',
    'همزمان',
    'هم‌زمان',
    'همچنان',
    'همچنین',
    'از سوی دیگر',
    'از جانب دیگر',
    'با این حال',
    'با این وجود',
    'به همین ترتیب',
    'افزون بر این',
    'علاوه بر این',
    'از طرف دیگر',
    'اما',
    'ولی',
    // "nevertheless": «با آن‌هم، رئیس … هشدار داد».
    'با آن‌هم',
    'با آنهم',
    'با این‌همه',
    'با این همه',
  ].map(normalizeName),
);

/**
 * Dari words of time and sequence that open a narrated sentence with its subject dropped ("بعد گفت",
 * "نزدیک ظهر، زنی …", "سپس با خنده گفت"): "then", "afterwards", "again", "near", "noon", "evening" — never a
 * speaker's name.
 */
export const DARI_TIME_WORDS: ReadonlySet<string> = new Set(
  `بعد بعدا بعداً سپس آنگاه باز دوباره نزدیک نزدیکی هنگام پیش قبل ظهر چاشت عصر شب شبانه صبح سحر دیگر حالا
  اکنون اینک سرانجام آخر آخرش ناگهان یکباره فردا فردایش دیروز امروز پارسال امسال`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeName),
);

/** Dari adverbs of manner a speech verb takes ("آهسته گفت", "آرام گفت"): never its subject. */
export const DARI_MANNER_WORDS: ReadonlySet<string> = new Set(
  'آهسته آرام یواش بلند تند آهسته‌آهسته آرام‌آرام زیرلب'.split(' ').map(normalizeName),
);

/**
 * Seasons and spans a Dari time phrase opens with ("زمستان گذشته", "سال پیش", "ماه آینده"). Not in
 * DARI_TIME_WORDS: alone, several are names or parts of one (بهار، ماه‌جان), so only a modifier after them makes a time.
 */
export const DARI_TIME_NOUNS: ReadonlySet<string> = new Set(
  'زمستان تابستان بهار خزان پاییز سال ماه هفته روز شب'.split(' ').map(normalizeName),
);
/** Dari counting words a span of time may open with ("دو سال پیش", "چند روز قبل"). */
export const DARI_COUNT_WORDS: ReadonlySet<string> = new Set(
  'یک دو سه چهار پنج شش هفت هشت نه ده چند'.split(' ').map(normalizeName),
);
/** Words that make a span after a DARI_TIME_NOUNS word a time ("گذشته", "پیش", "آینده", "قبل", "پار"). */
export const DARI_TIME_MODIFIERS: ReadonlySet<string> = new Set(
  'گذشته پیش آینده قبل پار امسال'.split(' ').map(normalizeName),
);

/**
 * Endings of Dari agent nouns — the trades a feature introduces people by (موتروان، آهنگر، دکاندار، معدن‌کار،
 * باغبان، میوه‌فروش، قالین‌باف، زرشوی، قایق‌ران، کراچی‌چی) — and the everyday words that end the same way
 * without naming a person (دیگر، مقدار، زبان، خیابان، عنوان).
 */
export const DARI_AGENT_SUFFIXES: readonly string[] = [
  'وان',
  'گر',
  'گار',
  'دار',
  'کار',
  'بان',
  'فروش',
  'باف',
  'ساز',
  'شوی',
  'ران',
  'چی',
  'دوز',
  'پز',
];
export const DARI_AGENT_LOOKALIKES =
  set(`دیگر اگر مگر جگر لشکر سنگر بستر کشور مقدار دیدار بازار دیوار رفتار گفتار
  کردار پدیدار شکار انکار آشکار پیکار ابتکار افکار آثار اظهار زبان بیابان خیابان عنوان توان ایوان نان
  میان جوان روان کاروان ایران تهران بحران جبران دوران باران فراوان گران ارزان آسان حیران ویران بدخشان
  قیچی کوچی ساز آواز جواز پرواز نماز انداز روزگار سازگار یادگار`);
/** «بهارک دختر نورالله، …», «شیرخان ولد …»: whose daughter or son, before the father's name. */
export const DARI_PATRONYM_NOUNS: readonly string[] = ['دختر', 'پسر', 'ولد', 'بنت', 'فرزند'];
/** Words that describe a child where a father's name would stand («دختر خردسال، …», «پسر زخمی، …»). */
export const DARI_CHILD_ADJECTIVES: readonly string[] = [
  'کوچک',
  'بزرگ',
  'خردسال',
  'جوان',
  'نوجوان',
  'شیرخوار',
  'بیمار',
  'زخمی',
  'یتیم',
  'معلول',
];
/**
 * Words that end a relation's phrase before a name: a particle or a place's noun («پسر در ولایت تخار», «برادر مقیم
 * کندز») ends in a letter a possessive ends in, but the relation's phrase stopped before it.
 */
export const DARI_RELATION_PHRASE_STOPS: readonly string[] = [
  ...DARI_PARTICLES,
  'ولایت',
  'ولسوالی',
  'مقیم',
  'ساکن',
];
/** Dari kin nouns a text names a relative by, alone or with a possessive ("پدرم", "بابه‌کلانش"). */
export const DARI_KIN_NOUNS: readonly string[] = [
  'پدر',
  'مادر',
  'بابه',
  'بابا',
  'ننه',
  'پدرکلان',
  'مادرکلان',
  'بابه‌کلان',
  'برادر',
  'خواهر',
  'کاکا',
  'ماما',
  'خاله',
  'عمه',
  'شوهر',
  'همسر',
  'پسر',
  'دختر',
  'نواسه',
  'نوه',
  'فرزند',
];
/**
 * Dari relatives a person is introduced by before the name, with a possessive («دخترم بهارک، …», «برادرزادهٔ
 * شش‌ساله‌اش بهارک، …»).
 */
export const DARI_RELATION_NOUNS: readonly string[] = [...DARI_KIN_NOUNS, 'بیوه'];

/**
 * Dari nouns of a body or a building a title may stand before («انجنیر شرکت …», «مولوی مسجد …»): the title is the
 * person's post there, no given name.
 */
export const DARI_INSTITUTION_NOUNS: readonly string[] = [
  ...DARI_OFFICE_NOUNS,
  ...DARI_VENUE_NOUNS,
  'شرکت',
  'مسجد',
  'مکتب',
  'مدرسه',
  'پوهنتون',
  'دانشگاه',
  'موسسه',
  'انجمن',
  'کمیته',
];

/** Dari words that open a role or a description, not a name ("سخنگوی", "والی", "یک باشندهٔ"). */
export const DARI_ROLE_WORDS: ReadonlySet<string> = new Set(
  `سخنگوی سخنگو والی معاون رئیس رییس عضو فرمانده قوماندان مسئول مسوول مسئولان آمر مدیر شاروال ولسوال وزیر
  وزارت نماینده کارشناس آگاه فعال دهقان معلم آموزگار استاد دانشجو محصل شاگرد تاجر بازرگان راننده پزشک داکتر
  نرس قابله باشنده باشندگان ساکن مادر پدر زن مرد بزرگ ریش سفید موسفید منبع منابع مقام مقامات یک یکی شماری
  برخی پولیس پلیس اداره دفتر کمیسیون شورای شورا ریاست قومندانی فرماندهی سازمان نهاد خبرگزاری کارمند کارمندان
  مامور مأمور مدافع دختر پسر کودک بیوه دهقانان دکاندار کاسب فروشنده کارگر شهروند خبرنگار نویسنده جوان پیرمرد
  پیرزن مهاجر عودت‌کننده بازگشت‌کننده شاعر پژوهشگر هنرمند نقاش خواننده آوازخوان ورزشکار مربی بازیکن مالدار
  چوپان کشاورز زارع باغدار دامدار صنعتگر خیاط نانوا قصاب آهنگر زرگر متخصص جراح طبیب پرستار قاضی
  سرمربی مهاجم دروازه‌بان کاپیتان داور امام صراف همسایه آسیابان میراب همکار بازپرس
  مالک مرغدار دوکاندار مؤسس موسس سرپرست کارفرما
  نجار موی‌سفید ریش‌سفید
  کپتان`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeName),
);

/** Speech verbs of Dari news prose, as they end an attribution. */
export const DARI_SPEECH_VERBS: readonly string[] = [
  'گفت',
  'گفته است',
  'گفته‌است',
  'گفتند',
  'افزود',
  'افزوده است',
  'می‌گوید',
  'میگوید',
  'می گوید',
  'می‌افزاید',
  'اظهار داشت',
  'اظهار کرد',
  'تصریح کرد',
  'تاکید کرد',
  'تأکید کرد',
  'خاطرنشان کرد',
  'اعلام کرد',
  'نوشت',
  // A statement or a letter quoted: "X، رئیس …، در این پیام نوشته است: «…»".
  'نوشته است',
  'نوشته‌است',
  'گفت که',
  'علاوه کرد',
  'علاوه نمود',
  'ابراز داشت',
  'ابراز کرد',
  'بیان داشت',
  'بیان کرد',
  'توضیح داد',
  'هشدار داد',
  'افزوده است',
  // A column tells past exchanges in the past perfect: "پرسیده بود: «…»", "پاسخ داده بود: «…»".
  'گفته بود',
  'پرسید',
  'پرسیده بود',
  'پرسیده است',
  'پاسخ داد',
  'پاسخ داده بود',
  'جواب داد',
  'جواب داده بود',
  // A column remembers what someone used to say or once called out: "پدرم می‌گفت: «…»", "فریاد زد: «…»".
  'می‌گفت',
  'میگفت',
  'می گفت',
  'فریاد زد',
  'صدا زد',
  'زمزمه کرد',
  'تکرار کرد',
  'تکرار می‌کرد',
  // A column's interlocutor tells a story of their own: "برگشتنش را این‌گونه تعریف می‌کند: «…»".
  'تعریف می‌کند',
  'تعریف کرد',
  'تعریف می‌کرد',
  'قصه می‌کند',
  'قصه کرد',
  // Not «حکایت می‌کند»: in agency copy «ارقام از افزایش فقر حکایت می‌کند» is "the figures show", no one speaking.
  // A column retells a reader's message or a letter in the past perfect: "محمدشفیع نوشته بود: «…»".
  'نوشته بود',
  'نوشته‌بود',
];
/**
 * A verb of speech is often a noun and a light verb ("علاوه کرد", "به یاد آورد"), and a feature tells in the
 * present ("علاوه می‌کند", "می‌نویسد"): each light verb in the tenses reporting uses, and each noun with the light
 * verbs it takes.
 */
export const DARI_LIGHT_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  کرد: ['کرد', 'کرده است', 'کرده بود', 'می‌کند', 'می‌کرد', 'نمود', 'می‌نماید'],
  داشت: ['داشت', 'می‌دارد'],
  ساخت: ['ساخت', 'می‌سازد'],
  داد: ['داد', 'داده است', 'داده بود', 'می‌دهد', 'می‌داد'],
  زد: ['زد', 'می‌زند', 'می‌زد'],
  آورد: ['آورد', 'می‌آورد'],
};
export const DARI_SPEECH_NOUNS: Readonly<Record<string, readonly string[]>> = {
  علاوه: ['کرد'],
  اظهار: ['کرد', 'داشت'],
  تصریح: ['کرد'],
  تاکید: ['کرد'],
  تأکید: ['کرد'],
  خاطرنشان: ['کرد', 'ساخت'],
  ابراز: ['کرد', 'داشت'],
  بیان: ['کرد', 'داشت'],
  یادآوری: ['کرد'],
  درخواست: ['کرد'],
  توضیح: ['داد'],
  هشدار: ['داد'],
  پاسخ: ['داد'],
  جواب: ['داد'],
  ادامه: ['داد'],
  فریاد: ['زد'],
  زمزمه: ['کرد'],
  تکرار: ['کرد'],
  'به یاد': ['آورد'],
  // A department's advice or plea: «ریاست زراعت به دهقانان توصیه کرده است: «…»».
  توصیه: ['کرد'],
  خواهش: ['کرد'],
  // A complaint or a roar opens words as «گفت» does («از داوری شکایت کرد: «…»», «دیو نعره زد: «…»»).
  شکایت: ['کرد'],
  گله: ['کرد'],
  نعره: ['زد'],
};
/**
 * «وزارت صحت عامه از مردم خواسته است: «…»»: the perfect of asking, speech only after «از» and whom it asks of;
 * bare «خواسته است» is "wanted" («پدرش همیشه خواسته است که او داکتر شود»).
 */
export const DARI_ASKED_OF_PERFECT: readonly string[] = ['خواسته است', 'خواسته‌است'];
/** Simple verbs of speech in the present and the past: "می‌گوید", "می‌نویسد", "می‌پرسد". */
export const DARI_SIMPLE_SPEECH_FORMS: readonly string[] = [
  'می‌گویند',
  'می‌افزاید',
  'می‌نویسد',
  'می‌نوشت',
  'می‌پرسد',
  'می‌پرسید',
  // "از دکانداران خواست: «…»": asked of someone (never "نخواست", "می‌خواست": the verb stands as its own word).
  'خواست',
];

/** Words that open a Dari clause of time or condition ("وقتی …", "هنگامی که …"); a space stands for any gap. */
export const DARI_SUBORDINATORS: readonly string[] = [
  'وقتی',
  'هنگامی',
  'زمانی',
  'اگر',
  'چون',
  'چونکه',
  'همین که',
  // «هنگام تدریس این درس، بهارک … پرسید», «پس از سوت پایان، سرمربی … گفت»: a time before the subject.
  'هنگام',
  'پس از',
  'بعد از',
  'در جریان',
];

/** Traders keep their shops in a town's market: "Kunduz importers", "carpet dealers from Kunduz" (pattern parts). */
export const TRADE_NOUNS: readonly string[] = [
  'traders?',
  'merchants?',
  'dealers?',
  'importers?',
  'exporters?',
  'wholesalers?',
  'shopkeepers?',
  'money[- ]?changers?',
];
/** Verbs of looking and aiming: "at" after them points at no town ("aid aimed at Kunduz") (pattern parts). */
export const AIM_VERBS: readonly string[] = [
  'look(?:s|ed|ing)?',
  'glanc(?:e|es|ed|ing)',
  'stare[sd]?',
  'staring',
  'aim(?:s|ed|ing)?',
  'direct(?:ed)?',
  'target(?:ed)?',
];

/** Plurals and collectives of people a possessive may own ("the governor's men", "her staff"). */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'men',
  'people',
  'children',
  'staff',
  'crew',
  'guards',
  'kids',
  'pupils',
]);

/** Lower-case words an English signature may hold between its names: "Rahim from Kunduz", "Nasrin in Taloqan". */
export const SIGNATURE_LINKS: ReadonlySet<string> = new Set([
  'from',
  'in',
  'of',
  'at',
  'and',
  'bin',
  'al',
  'de',
  'van',
  'von',
]);

/** Connectives a narrating English sentence may open on before its subject: "But he …", "Then she …". */
export const NARRATIVE_CONNECTIVES: readonly string[] = ['But', 'And', 'Then', 'So', 'Now', 'Still', 'Later'];
/** Dari's third-person subject pronouns: "او", "وی". */
export const DARI_SUBJECT_PRONOUNS: readonly string[] = ['او', 'وی'];

/** Each Dari kin noun in English, to name the relative of someone named in English ("Gul Ahmad's mother"). */
export const DARI_KIN_IN_ENGLISH: Readonly<Record<string, string>> = {
  پدر: 'father',
  مادر: 'mother',
  بابه: 'father',
  بابا: 'father',
  ننه: 'mother',
  پدرکلان: 'grandfather',
  مادرکلان: 'grandmother',
  بابه‌کلان: 'grandfather',
  برادر: 'brother',
  خواهر: 'sister',
  کاکا: 'uncle',
  ماما: 'uncle',
  خاله: 'aunt',
  عمه: 'aunt',
  شوهر: 'husband',
  همسر: 'spouse',
  پسر: 'son',
  دختر: 'daughter',
  نواسه: 'grandchild',
  نوه: 'grandchild',
  فرزند: 'child',
};

/**
 * The kinds of clip a broadcast script or a reporter's typed-up voice notes label with the speaker's name: a
 * sound bite ("SOT", "SOUNDBITE", "SYNC"), an audio clip or voice note, and their Dari names («صدا», «کلیپ»,
 * «صوتی»). "NAT SOT" (natural sound) names no speaker and is no kind here.
 */
export const CLIP_KINDS: readonly string[] = [
  'SOT',
  'SOUND\\s?BITE',
  'BITE',
  'SYNC',
  'CLIP',
  'AUDIO',
  'VOICE(?:\\s+NOTE)?',
  'ACTUALITY',
  'صدا',
  'صدای',
  'کلیپ',
  'صوتی',
  'آواز',
];

/** Verbs of a trip's going or coming, in every form a report uses ("drove", "travelling"): the trip rules' verbs. */
export const TRIP_MOTION_VERBS =
  set(`go goes went going come comes came coming arrive arrives arrived arriving drive
drives drove driving travel travels travelled traveled travelling traveling head heads headed heading return returns
returned returning get gets got ride rides rode fly flies flew`);
/** The trip verbs a direction word may follow ("goes home to", "drove up from"). */
export const TRIP_DIRECTED_VERBS = set(
  'go goes went going come comes came coming drive drives drove travel travels travelled traveled ride rides rode',
);
/** Verbs of reaching or leaving a place, with no preposition after them ("reached", "left"). */
export const TRIP_ENDPOINT_VERBS = set('reach reaches reached reaching left leave leaves leaving');
/**
 * Verbs a trip's destination follows after "for" ("leaving for", "headed for", "bound for"): not "left" ("no money
 * left for"), nor "head" or "heads", nouns as often ("UNHCR's head for Kunduz").
 */
export const TRIP_FOR_VERBS = set(
  'leave leaves leaving headed heading bound depart departs departed departing',
);
/** Road vehicles, and shipments, that carry goods: "brought from Kunduz by truck", "in shipments". */
export const ROAD_VEHICLE_NOUNS =
  set(`truck trucks lorry lorries bus buses minibus minibuses convoy convoys van vans
taxi taxis shipment shipments`);
/** Loads themselves: "the sacks left", never what a load is carried by. */
const LOAD_NOUNS = set('load loads beams sacks bales cargo');
/** Vehicles and loads whose moving is a trip ("the trucks reached", "the sacks left"). */
export const VEHICLE_AND_LOAD_NOUNS: ReadonlySet<string> = new Set([...ROAD_VEHICLE_NOUNS, ...LOAD_NOUNS]);
/** What a news agency's name ends with: «شمال‌پرس», «آریانانیوز». */
export const DARI_AGENCY_SUFFIXES: readonly string[] = ['پرس', 'نیوز'];
/** Words by which an outlet calls itself: «خبرگزاری …», «آژانس خبری …», «رادیو …». */
export const DARI_AGENCY_WORDS: readonly string[] = ['خبرگزاری', 'آژانس', 'رادیو', 'تلویزیون', 'رسانه'];
/** What an outlet calls itself when it says what it is: "… is an independent newsroom", "… a photo agency". */
export const OUTLET_NOUNS: readonly string[] = [
  'news agency',
  'photo agency',
  'news site',
  'news website',
  'newsroom',
  'news outlet',
  'media outlet',
  'publication',
  'magazine',
  'newspaper',
  'radio station',
  'broadcaster',
  'media organi[sz]ation',
  'photo desk',
  'news desk',
];
/** The Dari nouns an outlet describes itself by, beyond the agency words: «نشریه», «هفته‌نامه», «روزنامه». */
export const DARI_PUBLICATION_NOUNS: readonly string[] = ['نشریه', 'هفته\u200Cنامه', 'روزنامه'];
/** A website as an outlet's noun before its name: «سایت کندز نیوز», «وب‌سایت …». */
export const DARI_SITE_NOUNS: readonly string[] = ['سایت', 'وب‌سایت'];
/** What an outlet does right after its name, told or reporting: «کندز نیوز گفت», «… گزارش داده», «… نوشت». */
export const DARI_OUTLET_TELLING_WORDS: readonly string[] = ['گفت', 'گزارش', 'نوشت', 'افزود'];
/** What an outlet says it is: «مستقل», «خصوصی», «غیردولتی», «غیرانتفاعی». */
export const DARI_OUTLET_QUALITIES: readonly string[] = ['مستقل', 'خصوصی', 'غیردولتی', 'غیرانتفاعی'];
/** How a page points past this story to the next of its series: "Next in this series", "Coming next:". */
export const SERIES_TEASER_OPENINGS: readonly string[] = [
  'next[ \\t]+in[ \\t]+(?:this|the|our)[ \\t]+series',
  'coming[ \\t]+next[ \\t]*[:：—–]',
  'this[ \\t]+(?:photo[ \\t]+)?(?:story|essay|piece|report|feature)[ \\t]+is[ \\t]+(?:part|the[ \\t]+[a-z]+[ \\t]+(?:part|instalment|installment|story))[ \\t]+of',
];
/** «بخش بعدی: …», «این گزارش بخشی از مجموعهٔ …». */
export const DARI_SERIES_TEASER_OPENINGS: readonly string[] = [
  '(?:بخش|قسمت)[ \\t]+(?:بعدی|آینده)[ \\t]*[:：]',
  'این[ \\t]+(?:گزارش|روایت|عکس\\u200C?نوشت)[ \\t]+بخشی[ \\t]+از',
];
/** What a channel's name takes after it in Dari copy: «آمو تی‌وی», «… نیوز». */
export const DARI_CHANNEL_AFTER_WORDS: readonly string[] = ['تی\u200Cوی', 'تی وی', 'تیوی', 'TV', 'نیوز'];
/** Vehicles alone, whose run "for" a name goes to a town ("the bus for Kunduz"); a load "for" a name may feed a province. */
export const VEHICLE_NOUNS = set(
  'truck trucks lorry lorries bus buses minibus minibuses van vans taxi taxis',
);
/** The four points of the compass, and the four between them as one word or hyphened ("north-west"). */
export const COMPASS_POINTS = set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west',
);

/**
 * Words of place, flow or time that may follow a river called by its bare name ("a dam on the Kunduz below Baghlan",
 * "the Kunduz floods each spring") — not "that", "which" or "in", which a town's relative clause takes too ("the
 * Kunduz that he remembered", "the Kunduz in which his father grew up").
 */
export const RIVER_FOLLOWING_WORDS: readonly string[] = [
  'above',
  'below',
  'near',
  'at',
  'on',
  'from',
  'to',
  'into',
  'where',
  'flows',
  'runs',
  'rises',
  'floods',
  'between',
  'through',
  'past',
  'upstream',
  'downstream',
  'before',
  'after',
];

/**
 * Tajik districts (nohiya) whose names Afghan districts across the Panj share, as Dari writes them: Darvaz, Ishkashim,
 * Shughnan, Vanj, Rushan, Farkhor, Khamadoni. Only these are read as Tajik after «ناحیه»; a security force «در ناحیه
 * ورسج» is in Afghanistan.
 */
export const DARI_NOHIYA_NAMES: readonly string[] = [
  'درواز',
  'اشکاشم',
  'اشکاشیم',
  'شغنان',
  'ونج',
  'روشان',
  'فرخار',
  'فرخور',
  'خمدانی',
  'خامدانی',
];

/** A broadcast script's lower-third labels, in the capitals scripts print them in ("SUPER: Name / role"). */
export const SUPER_LABELS: readonly string[] = ['SUPER', 'LOWER[ -]THIRD', 'CHYRON', 'CG', 'L3'];

/** Regions across the border a district list is placed in ("of Gorno-Badakhshan", "in Tajik Badakhshan"). */
export const BADAKHSHAN_ABROAD_NAMES: readonly string[] = ['Gorno-Badakhshan', 'GBAO', 'Tajik\\s+Badakhshan'];
export const REGIONS_ABROAD: readonly string[] = [
  ...BADAKHSHAN_ABROAD_NAMES,
  'Khatlon',
  'Tajikistan',
  'Uzbekistan',
  'Turkmenistan',
  'Pakistan',
];
/** A town's traders in the plural, before its name in their ezafe («دکانداران کندز», «تاجران کندز»). */
export const DARI_TRADER_PLURALS: readonly string[] = [
  'دکانداران',
  'تاجران',
  'تجار',
  'صرافان',
  'دستفروشان',
  'فروشندگان',
  'عمده\u200C?فروشان',
  'کسبه',
];
/** Animals a text names in commas after their noun ("The mare, Kokcha, …"). */
export const NAMED_ANIMAL_NOUNS: readonly string[] = [
  'horse',
  'stallion',
  'mare',
  'colt',
  'dog',
  'donkey',
  'camel',
  'falcon',
  'hawk',
];

/**
 * The wire agencies whose photographs a caption credits in brackets ("… at the crossing. (AFP)"): the first of the
 * wire agencies below. The others are read in a dateline only: "(Xinhua)" or "(UPI)" closing a paragraph is as
 * often a name spelled out before it ("… United Press International (UPI).") as a picture's credit.
 */
export const PHOTO_WIRE_AGENCIES: readonly string[] = ['Reuters', 'AFP', 'AP', 'EPA'];
/** Photo agencies that are no wire service, credited under pictures only ("(Getty Images)"). */
export const PHOTO_AGENCIES: readonly string[] = ['Getty Images'];

/** News agencies a wire's dateline credits in brackets ("(Reuters) -", "(AFP) –"), as they write themselves. */
export const WIRE_AGENCIES: readonly string[] = [
  ...PHOTO_WIRE_AGENCIES,
  'RFE/RL',
  'Xinhua',
  'Anadolu',
  'dpa',
  'UPI',
  'IANS',
  'Pajhwok',
  'Bakhtar',
];

/**
 * Dari heads of an organisation's name before a place's (a movement, party, university, outlet, hotel, festival,
 * company): «حزب …»، «پوهنتون کابل»، «صدای بغلان»، «آژانس خبری کوکچه»، «هوتل کندز».
 */
export const DARI_ORGANISATION_HEAD_WORDS: readonly string[] =
  'حرکت جنبش حزب انجمن پوهنتون دانشگاه صدا رادیو تلویزیون خبرگزاری آژانس روزنامه نشریه مجله هوتل هتل مهمانخانه جشنواره شرکت'.split(
    ' ',
  );
/** Adjectives any outlet or body may take («نشریهٔ محلی»), which leave the place after them a place of its own. */
export const DARI_GENERIC_ADJECTIVES: readonly string[] = ['محلی', 'دولتی', 'ولایتی'];

/** Labels of the field that credits a page's writer: "By", "Author", «نویسنده», «خبرنگار», «گزارش». */
export const WRITER_LABEL_WORDS: readonly string[] = [
  'by',
  'author',
  'written by',
  'نویسنده',
  'خبرنگار',
  'گزارشگر',
  'گزارش',
];
/** «نوشتهٔ …», «نوشتۀ …» ("written by …"): Dari's credit of a writer in ezafe, right before the name, never a field's label. */
export const DARI_WRITTEN_BY = 'نوشت(?:ه\u0654?|\u06C0)';

/**
 * "Most read this week", "Top stories today", "Trending in the past 24 hours": the words that tell over what time a
 * list of a site's stories ranks them — a span's opening, then its unit.
 */
export const RANKING_PERIOD_OPENERS: readonly string[] = ['this', 'last', 'of the', 'in the past'];
export const RANKING_PERIOD_UNITS: readonly string[] = ['day', 'week', 'month', 'year', '24 hours'];
export const RANKING_PERIOD_DAYS: readonly string[] = ['today'];

/**
 * The issuer's standing lines at a press release's end open with these: "About GHA", "Media contact", "Follow us",
 * «دربارهٔ …», «تماس: …». An English word stands whole ("About", not "Aboutness"); a phrase may run on ("Press
 * officer", "Contacts").
 */
export const ISSUER_LINE_OPENERS: readonly string[] = [
  'about',
  'media',
  'contact',
  'contacts',
  'press office',
  'press contact',
  'follow us',
  'for more information',
  'for further information',
  'دربارهٔ',
  'درباره',
  'تماس',
];

/**
 * The labels a press release prints over or under its headline: "PRESS RELEASE", "For immediate release", "JOINT
 * STATEMENT"; in Dari a release's noun in ezafe and its kind («اطلاعیهٔ مطبوعاتی», «اعلامیهٔ مشترک»), or
 * «برای نشر فوری».
 */
export const RELEASE_LABELS: readonly string[] = [
  'press release',
  'news release',
  'media release',
  'for immediate release',
  'joint statement',
  'press statement',
  'برای نشر فوری',
];
export const DARI_RELEASE_NOUNS: readonly string[] = ['اطلاعیه', 'اعلامیه'];
export const DARI_RELEASE_KINDS: readonly string[] = ['مطبوعاتی', 'مشترک'];
/** Units of time a post's or a comment's age is told in: "3 hours ago", «۳ ساعت پیش». */
export const ENGLISH_TIME_UNITS: readonly string[] = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
];
export const DARI_TIME_UNITS: readonly string[] = ['ثانیه', 'دقیقه', 'ساعت', 'روز', 'هفته', 'ماه', 'سال'];
/** Short forms of those units a comment box's age may use ("5 mins ago", "2 hrs ago"). */
export const ENGLISH_TIME_ABBREVIATIONS: readonly string[] = ['min', 'hr'];
/** The buttons a comment box sets under each comment ("Reply", "Like 14", «لایک», «پاسخ»); never "Report". */
export const COMMENT_BUTTON_WORDS: readonly string[] = [
  'reply',
  'like',
  'likes',
  'لایک',
  'پسندیدن',
  'پاسخ',
  'جواب',
];
/**
 * A first-person verb of talking to someone: "به یک مسئول … زنگ زدم", "با یک دکاندار گپ زدم", "از یک معلم
 * پرسیدم" — the one phoned, met or asked answers next.
 */
export const DARI_INTERLOCUTOR_VERBS: readonly string[] = [
  'زنگ زدم',
  'زنگ زدیم',
  'تماس گرفتم',
  'تماس گرفتیم',
  'تیلفون کردم',
  'تلفون کردم',
  'گپ زدم',
  'گپ زدیم',
  'صحبت کردم',
  'صحبت کردیم',
  'حرف زدم',
  'حرف زدیم',
  'پرسیدم',
  'پرسیدیم',
  'ملاقات کردم',
  'ملاقات کردیم',
  'آشنا شدم',
  'آشنا شدیم',
];
/**
 * A Dari role word with the office it holds: "رئیس …" quoted, then "X که این ریاست را رهبری می‌کند" names them.
 */
export const DARI_ROLE_OFFICES: readonly (readonly [string, string])[] = [
  ['رئیس', 'ریاست'],
  ['مدیر', 'مدیریت'],
  ['آمر', 'آمریت'],
  ['قومندان', 'قومندانی'],
  ['سرپرست', 'سرپرستی'],
  ['معاون', 'معاونیت'],
];
/** "یک زن … بود": the verb that sets a person into the scene ("there was"), never an auxiliary ("شده بود"). */
export const DARI_EXISTENTIAL_VERBS: readonly string[] = ['بود', 'بودند'];
/** Participles of posture that, with "بود", still place a person in the scene: "یک دستفروش … نشسته بود". */
export const DARI_POSTURE_PARTICIPLES: readonly string[] = ['نشسته', 'ایستاده', 'خوابیده'];
/** Words after "یک" that are no person: "یک منبع", "یک مقام" are sources read elsewhere. */
export const DARI_NOT_PEOPLE_AFTER_ONE: readonly string[] = [
  'یک',
  'یکی',
  'منبع',
  'منابع',
  'مقام',
  'مقامات',
  'وزارت',
];
/**
 * Words of what befell a person ("زخمی شد", "جان داد", "بازداشت کرد") and the object marker "را": a person so
 * described is a victim or an object, never the source the next "او" means.
 */
export const DARI_CASUALTY_WORDS: readonly string[] = [
  'را',
  'زخمی',
  'مجروح',
  'کشته',
  'جان',
  'فوت',
  'شهید',
  'بازداشت',
  'دستگیر',
  'ربوده',
  'اسیر',
  'اعدام',
];
/** Plural endings of a Dari person word: "دکانداران", "نمایندگان", "دانشجویان", "معلم‌ها". */
export const DARI_PERSON_PLURAL_ENDINGS: readonly string[] = ['گان', 'یان', 'ان', '\u200Cها', 'ها'];
/** "به قول …", "به نقل از …": words that name a source as "به گفتهٔ …" does. */
export const DARI_ACCORDING_WORDS: readonly string[] = ['قول', 'نقل از'];
/** "به قول معروف", "به قول خودمان", "به قول قدیمی‌ها": owners of a saying that make it an idiom, no source. */
export const DARI_SAYING_IDIOM_OWNERS: readonly string[] = [
  'معروف',
  'مشهور',
  'خودم',
  'خودمان',
  'ما',
  'مردم ما',
  'قدیمی‌ها',
  'قدیمی ها',
  'قدیمیان',
  'بزرگان',
  'پیشینیان',
];
/** The Dari relative "که" ("X که … را رهبری می‌کند"). */
export const DARI_THAT: readonly string[] = ['که'];
/** Words that make a clause's office not held now by the one named: a former head, a complaint against one. */
export const DARI_NOT_HOLDING_WORDS: readonly string[] = [
  ...DARI_EXISTENTIAL_VERBS,
  'پیشین',
  'سابق',
  'قبلی',
  'شکایت',
];
/** Verbs of a clause that hold an office now: "را رهبری می‌کند", "… است". */
export const DARI_HOLDING_VERBS: readonly string[] = [
  'می‌کند',
  'میکند',
  'می کند',
  'می‌برد',
  'میبرد',
  'می‌باشد',
  'است',
  'هست',
];
/**
 * Verbs of saying to someone after which a colon opens words set down with no marks ("به من گفت: …"); never
 * "اعلام کرد" and its like, whose colon opens a list or a report.
 */
export const DARI_UNMARKED_SPEECH_VERBS: readonly string[] = [
  'گفت',
  'گفتند',
  'افزود',
  'افزودند',
  'می‌گوید',
  'میگوید',
  'می گوید',
  'می‌گفت',
  'میگفت',
  'می گفت',
  'پرسید',
  'جواب داد',
  'پاسخ داد',
];
/** Words after the subject of a clause of time ("وقتی محمد داوود از شفاخانه …"); never "را", after an object. */
export const DARI_CLAUSE_SUBJECT_NEXT: readonly string[] = ['از', 'به', 'در', 'با', 'هم', 'نیز', 'تا'];
/** Dari offices whose holder reports on others: "سخنگوی پولیس گفت که پدرش …" is someone else's father. */
export const DARI_OFFICIAL_ROLES: readonly string[] = [
  'سخنگوی',
  'سخنگو',
  'والی',
  'ولسوال',
  'رئیس',
  'رییس',
  'مسئول',
  'مسئولان',
  'قومندان',
  'آمر',
  'مدیر',
  'معاون',
  'وزیر',
  'شاروال',
];
/** "این ریاست", "همین شفاخانه": the office the text spoke of, whatever its department. */
export const DARI_THIS_WORDS: readonly string[] = ['این', 'همین'];
/** "از رئیس زراعت …": a preposition before an office that makes it another's, not the clause's person's. */
export const DARI_OFFICE_OF_ANOTHER: readonly string[] = ['از'];

/** "QUESTION", "Q": the QUESTIONER_LABELS that name the question, whose asker is called a questioner. */
export const QUESTION_LABELS: readonly string[] = ['question', 'q', 'audience question'];
/**
 * Labels of a question from the floor or the line, not the interviewer's: "QUESTION (World Bank):", "CALLER
 * (Kishim):", "AUDIENCE MEMBER (student):". With who asks in brackets, the question is that person's quotation.
 */
export const QUESTIONER_LABELS: readonly string[] = [
  ...QUESTION_LABELS,
  'questioner',
  'audience',
  'audience member',
  'floor',
  'caller',
  'listener',
  'participant',
  'viewer',
];
/**
 * Words of a news outlet's name ("Radio Sahar", "Daily Roz", "Tolo News"): a questioner from the press asks for
 * the reporting, as an interviewer does, and the question is no one's quotation.
 */
export const PRESS_NAME_WORDS: readonly string[] = [
  'Radio',
  'TV',
  'Television',
  'Daily',
  'News',
  'Times',
  'Post',
  'Press',
  'Agency',
  'Gazette',
  'Journal',
  'Weekly',
];
/**
 * News outlets a press questioner's label gives in brackets ("QUESTION (BBC Pashto):", "(Al Jazeera)"), beyond
 * the wire agencies and the names made of PRESS_NAME_WORDS.
 */
export const NEWS_OUTLET_NAMES: readonly string[] = [
  'BBC',
  'Al Jazeera',
  'CNN',
  'VOA',
  'Tolo',
  'TOLOnews',
  'Ariana',
  'Shamshad',
  'Azadi',
  'Foreign Policy',
  'Guardian',
  'New York Times',
  'Washington Post',
  'Amu',
  'Etilaatroz',
];
/** The prepositions a described person's place follows: "a farmer from Rustaq", "a nurse in Taloqan". */
export const DESCRIBED_PLACE_PREPOSITIONS: readonly string[] = ['in', 'from', 'at'];
/** The seasons: "One winter", "for the summer". */
export const ENGLISH_SEASONS: readonly string[] = ['winter', 'spring', 'summer', 'autumn'];
/** Times a sentence may open on before its subject: "Last week", "This morning", "One winter". */
export const SCENE_TIME_WORDS: readonly string[] = [
  ...ENGLISH_TIME_UNITS,
  'morning',
  'evening',
  'night',
  ...ENGLISH_SEASONS,
];
/** Words before a time opening a sentence: "Last week", "This morning", "One winter", "Earlier this month". */
export const SCENE_TIME_DETERMINERS: readonly string[] = ['last', 'this', 'one', 'earlier this'];
/** Times a sentence may open on alone: "Yesterday", "Once". */
export const SCENE_TIME_ADVERBS: readonly string[] = ['yesterday', 'once'];
/** Words that name a person by a trade, a role or a relation: "mother", "shopkeeper", "man". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...KIN_NOUNS,
  ...FEMALE_ROLE_WORDS,
  ...MALE_ROLE_WORDS,
]);
/** Whether a word is a described person's last: a trade, a role or a relation ("mother", "shopkeeper", "man"). */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word);
}
/** Words opening a phrase that describes someone new: "a teacher", "an elder", "one resident". */
export const INDEFINITE_WORDS: readonly string[] = ['a', 'an', 'one'];

/**
 * Words an outlet's name ends with after a place, written apart: «تخار پرس», «کندز نیوز», «بغلان آنلاین», «تخار
 * تایمز»: the outlet, not the place.
 */
export const DARI_OUTLET_NAME_ENDINGS: readonly string[] = [
  ...DARI_AGENCY_SUFFIXES,
  'تایمز',
  'آنلاین',
  'تی‌وی',
  'تی وی',
  'اف‌ام',
  'نیوزلاین',
];

/**
 * Words a near spelling must never stretch into a place's name: the currency "AFGHANIS A BAG" is no "Afghanistan",
 * though the two are a few letters apart in capitals.
 */
export const NEVER_FUZZY_WORDS: ReadonlySet<string> = new Set(['afghani', 'afghanis', 'afs']);

/** The neighbours' countries, as a dateline or a caption names them after a town ("Khorog, TAJIKISTAN"). */
export const NEIGHBOUR_COUNTRIES: readonly string[] = [
  'Tajikistan',
  'Uzbekistan',
  'Turkmenistan',
  'Pakistan',
];

/** The peoples across the border, in the plural: "what Tajiks call Badakhshan". */
export const NEIGHBOUR_PEOPLES: readonly string[] = ['Tajiks', 'Uzbeks', 'Turkmens', 'Pakistanis'];
/** The same peoples' Dari stems, before «ها» or «ان»: «تاجیک‌ها», «ازبکان». */
export const DARI_NEIGHBOUR_PEOPLES: readonly string[] = ['تاجیک', 'تاجک', 'ازبک'];

/** A sort menu's head over comments, alone or with its choice after a colon: "Sort by: Newest", «مرتب‌سازی: …». */
export const SORT_MENU_HEADS: readonly string[] = ['sort by', 'order by', 'مرتب‌سازی', 'مرتب سازی'];
/** A sort menu's choice on a line of its own: "Most relevant". */
export const SORT_MENU_CHOICES: readonly string[] = [
  'most relevant',
  'all comments',
  'newest first',
  'oldest first',
];

/** Words that open an image's bracketed mark: "[Photo: Reuters]", «[عکس: …]». */
export const IMAGE_MARK_WORDS: readonly string[] = [
  'image',
  'photo',
  'picture',
  'photograph',
  'عکس',
  'تصویر',
];

/** The views a Dari opinion disclaimer speaks of: «دیدگاه‌های …», «آرای …», «نظرات …». */
export const DARI_VIEWS_WORDS: readonly string[] = ['دیدگاه', 'آرای', 'نظرات', 'نظریات'];
/**
 * How a disclaimer says the views came out, a stem before «شده» («نشرشده», «مطرح‌شده»), or whose they are: the
 * writer's.
 */
export const DARI_VIEWS_PUBLISHED_STEMS: readonly string[] = ['نشر', 'مطرح', 'ابراز', 'منتشر', 'بیان', 'درج'];
export const DARI_WRITER_NOUNS: readonly string[] = ['نویسنده', 'نگارنده'];

/** Verbs of a trip only a traveller makes, in all their forms: "drives back to", "walked to", "riding to". */
export const TRAVELLER_VERBS: readonly string[] = [
  'drive',
  'drives',
  'drove',
  'driving',
  'driven',
  'walk',
  'walks',
  'walked',
  'walking',
  'ride',
  'rides',
  'rode',
  'riding',
  'travel',
  'travels',
  'travelled',
  'travelling',
  'traveled',
  'traveling',
];
/** Verbs of going that money, aid or a title take too ("the budget went to"): a trip only with a traveller. */
export const GOING_VERBS: readonly string[] = [
  'go',
  'goes',
  'going',
  'gone',
  'went',
  'head',
  'heads',
  'headed',
  'heading',
  'return',
  'returns',
  'returned',
  'returning',
];
/** Who makes a trip as a verb's subject: "she went to", "I return to". */
export const TRAVELLER_PRONOUNS: readonly string[] = [
  'I',
  'we',
  'We',
  'he',
  'He',
  'she',
  'She',
  'they',
  'They',
  'you',
  'You',
  'me',
  'us',
  'him',
  'them',
];
/** Words between a traveller and the verb: "she does not go", "he has often gone", "they will then return". */
export const TRAVEL_AUXILIARIES: readonly string[] = [
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'must',
  'should',
  'does',
  'did',
  'do',
  'not',
  'never',
  'also',
  'often',
  'then',
  'later',
  'finally',
  'always',
  'just',
  'usually',
  'still',
  'once',
  'first',
  'alone',
  'to',
];
/** Trip nouns before "back to": "the drive back to", "on the way back to". */
export const TRIP_NOUNS: readonly string[] = [
  'drive',
  'trip',
  'journey',
  'ride',
  'way',
  'road',
  'flight',
  'bus',
  'taxi',
];
/** Dari verbs of carrying to a place, as participles before «شد/می‌شود»: «برده»، «آورده»، «انتقال داده»، «منتقل». */
export const DARI_CARRIED_PARTICIPLES: readonly string[] = ['برده', 'آورده', 'انتقال داده', 'منتقل'];
/** Dari carrying verbs' active stems after «می»: «می‌برند»، «آوردند». */
export const DARI_CARRYING_VERBS: readonly string[] = ['برند', 'بردند', 'آورند', 'آوردند'];
/** «شد»، «می‌شود»، «است»: a Dari passive's or a state's close after a participle or an adjective. */
export const DARI_PASSIVE_CLOSES: readonly string[] = [
  'شود',
  'شوند',
  'شد',
  'شدند',
  'شده',
  'است',
  'بود',
  'ماند',
  'بماند',
  'باشد',
];
/** «باز»، «بسته»، «بند»: a road open or shut. */
export const DARI_OPEN_SHUT_WORDS: readonly string[] = ['باز', 'بسته', 'بند'];
/**
 * Words of a load handed on in the province after it reached the town («… و در ولسوالی‌ها توزیع شد», «تا به
 * آسیب‌دیدگان … برسد»): the place it went to is the province's.
 */
export const DARI_HANDED_ON_WORDS: readonly string[] = [
  'ولسوالی',
  'ولایت',
  'توزیع',
  'آسیب‌دیدگان',
  'نیازمندان',
];

/** A small age in English words: "three years old", "aged eleven". */
export const ENGLISH_AGE_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** A child's rank among siblings: "Zari, the youngest, …" ("the oldest" is a city's or a building's as often). */
export const CHILD_RANK_WORDS: readonly string[] = ['eldest', 'youngest'];
/** Nouns of a settled place or a unit: "the youngest district in the province" is a place's rank. */
export const PLACE_RANK_NOUNS: readonly string[] = [
  'city',
  'cities',
  'town',
  'towns',
  'district',
  'districts',
  'province',
  'provinces',
  'village',
  'villages',
  'settlement',
  'settlements',
  'market',
  'markets',
];

/** The Dari weekdays, as a page's date line names them: «جمعه ۱۴ قوس ۱۴۰۵». */
export const DARI_WEEKDAYS: readonly string[] = [
  'شنبه',
  'یکشنبه',
  'دوشنبه',
  'سه‌شنبه',
  'چهارشنبه',
  'پنجشنبه',
  'جمعه',
];

/** Participles of a load brought over or down from a place: "was brought across from", "trucked down from". */
export const BROUGHT_PARTICIPLES: readonly string[] = ['brought', 'carried', 'trucked', 'driven'];
/** Seasons and spans a herd or a family moves for: "went to Kunduz for the winter" is a move to the province. */
export const SEASONAL_MOVE_WORDS: readonly string[] = [
  ...ENGLISH_SEASONS,
  'season',
  'good',
  'year',
  'years',
  'month',
  'months',
];

/** Of KIN_NOUNS, those that name one person: "his neighbour, Karim," names them; "his family" names no one. */
export const KIN_PERSON_NOUNS: ReadonlySet<string> = new Set(
  [...KIN_NOUNS].filter((w) => !KIN_GROUPS.has(w)),
);

/**
 * A conversation a named person has before a colon ("had tea with a family near the river: '…'"): what follows is
 * theirs. Other acts before a colon (a sign nailed up, a paper held up, a governor interviewed) quote someone else.
 */
export const CONVERSATION_PHRASES: readonly string[] = [
  'had tea with',
  'shared tea with',
  'had lunch with',
  'had dinner with',
  'talked with',
  'chatted with',
];

/**
 * Where and when a scene is, opening a sentence before an anonymous source ("In Kunduz, a farmer who …"; "Later, a
 * nurse …"): a short, sure list, since what follows is read as the source's name.
 */
export const SOURCE_SCENE_PLACES: readonly string[] = 'In At Near Outside Inside'.split(' ');
export const SOURCE_SCENE_TIMES: readonly string[] = 'Later Earlier Then Afterwards Nearby'.split(' ');
/** Where a sentence's scene is before a subject that acts: "At a checkpoint …", "On the bridge, …". */
export const SCENE_PLACE_OPENERS: readonly string[] = [
  ...SOURCE_SCENE_PLACES,
  ...'On By Beside Behind Across Along Past Under Below Above'.split(' '),
];
/** When a sentence's scene is before a subject that acts, then a comma: "Suddenly,", "Back at the table,". */
export const SCENE_TIME_OPENERS: readonly string[] = [
  ...SOURCE_SCENE_TIMES,
  ...'Suddenly Back Now That This Next After Before Last'.split(' '),
];
/** Verbs a person is the victim of, not the agent ("A policeman died", "A man injured in the blast"). */
export const VICTIM_VERBS: ReadonlySet<string> = set(
  'died killed injured wounded hurt arrested detained kidnapped abducted shot captured executed beaten stabbed drowned',
);

/**
 * Dari nouns of a shop or an eatery that open its name on a sign: «کتاب‌فروشی کندز», «رستورانت خان‌آباد»,
 * «نانوایی تخار». Written in «» the whole is the shop's name, wherever the shop stands.
 */
export const DARI_SHOP_NOUNS: readonly string[] = [
  'کتاب‌فروشی',
  'کتابفروشی',
  'رستورانت',
  'رستوران',
  'نانوایی',
  'دواخانه',
  'دکان',
  'فروشگاه',
  'سوپرمارکیت',
  'کبابی',
  'چایخانه',
  'سماوار', // A photographer's studio, a sweet shop, a tailor's, a hotel named in marks («عکاسخانهٔ «کندز»»).
  'عکاسخانه',
  'عکاس‌خانه',
  'قنادی',
  'شیرینی‌فروشی',
  'خیاطی',
  'هوتل',
  'مهمانخانه',
];
/** What a Dari editor's note says the desk did to the text: «ویرایش», «کوتاه», «خلاصه» (then «شده است»). */
export const DARI_EDIT_WORDS: readonly string[] = ['ویرایش', 'کوتاه', 'خلاصه'];
/** Why the desk edited it: «برای کوتاهی», «برای وضاحت», «برای اختصار», «برای روشنی». */
export const DARI_EDIT_REASONS: readonly string[] = ['کوتاهی', 'وضاحت', 'اختصار', 'روشنی'];
/** The pieces a Dari editor's note edits for a reason: «این گزارش برای اختصار کوتاه شده است». */
export const DARI_EDITED_PIECES: readonly string[] = [
  'گفت‌وگو',
  'گفتگو',
  'مصاحبه',
  'گزارش',
  'مطلب',
  'نوشته',
  'متن',
];
/** An interview, whose note needs no reason: «این گفت‌وگو اندکی ویرایش شده است». */
export const DARI_INTERVIEW_NOUNS: readonly string[] = ['گفت‌وگو', 'گفتگو', 'مصاحبه'];

/**
 * Common nouns for a body that speaks as an institution beyond BODY_NOUNS ("the airline said", "the monitoring
 * firm wrote", "Pamir Monitoring Consultants"): a quotation's speaker when one is its subject.
 */
export const INSTITUTION_NOUNS: readonly string[] = [
  'airline',
  'firm',
  'donor',
  'consultants',
  'consultancy',
  'operator',
  'utility',
  'ngo',
  'partnership',
  'cooperative',
  'secretariat',
  'guards',
  'municipality',
  'chamber',
  'government',
];
/** Documents that speak for themselves, their findings their own: "the report found", "the survey concludes". */
export const REPORT_NOUNS: readonly string[] = ['report', 'assessment', 'survey', 'study', 'audit', 'review'];
/** Documents a body speaks through, or that speak for it: "a statement from …", "the report found …". */
export const DOCUMENT_NOUNS: readonly string[] = [
  ...REPORT_NOUNS,
  'statement',
  'letter',
  'reply',
  'release',
  'notice',
  'announcement',
  'circular',
  'note',
  'memo',
  'bulletin',
  'newsletter',
  'update',
  'message',
  'email',
  'banner',
  'leaflet',
  'document',
  'petition',
  'complaint',
  'ruling',
  'judgment',
  'judgement',
  'verdict',
  'decree',
  'communique',
  'tweet',
];
/**
 * The verbs a document reports with: "the report found", "the letter reads", "the notice warns" (not "called it
 * …" or "described it as …": a body's label for a thing stays unattributed).
 */
export const DOCUMENT_VERBS: readonly string[] = [
  'said',
  'says',
  'stated',
  'states',
  'found',
  'finds',
  'noted',
  'notes',
  'read',
  'reads',
  'concluded',
  'concludes',
  'warned',
  'warns',
  'added',
  'adds',
  'claimed',
  'claims',
  'announced',
  'wrote',
  'reported',
  'reports',
  'urged',
  'urges',
  'acknowledged',
  'admitted',
  'promised',
  'insisted',
  'confirmed',
  'told',
];
/** Dari documents a body writes: «اعلامیه», «خبرنامه», «عریضه»; «در … آمده است» quotes them. */
export const DARI_DOCUMENT_NOUNS: readonly string[] = [
  ...DARI_RELEASE_NOUNS,
  'خبرنامه',
  'عریضه',
  'نامه',
  'گزارش',
  'بیانیه',
  'مکتوب',
  'پیام',
  'متحدالمال',
  'فیصله‌نامه',
  'قطعنامه',
];
/** Dari heads of a body's name, beyond the offices: «اتحادیهٔ مرغداران», «شرکت برشنا», «سازمان ملل». */
export const DARI_BODY_HEADS: readonly string[] = [
  ...DARI_OFFICE_NOUNS,
  'اتحادیه',
  'شرکت',
  'سازمان',
  'کمیسیون',
  'شورا',
  'شورای',
  'نهاد',
  'موسسه',
  'مؤسسه',
  'ادارهٔ',
  'اتاق',
  'کمیته',
  'انجمن',
  'دیده‌بان',
  // «مقام ولایت بغلان»: the governor's office as a body.
  'مقام',
];
/**
 * Verbs inside a body's clause that report someone else's words: "the report found that a teacher had said "…"",
 * "According to the report, one mother told researchers: "…"" — the quotation is theirs, not the body's.
 */
export const RELAYED_SPEECH_VERBS: readonly string[] = [
  'said',
  'says',
  'saying',
  'told',
  'tells',
  'telling',
  'quoted',
  'quoting',
  'asked',
  'recalled',
  'explained',
];

/**
 * Words that open a lead of time or circumstance with no comma before a sentence's subject ("On my last night my
 * aunt asked:", "Last week my mother phoned"): the subject after it is still the sentence's.
 */
export const UNCOMMAED_LEAD_OPENERS: readonly string[] =
  'On In At Last This That Every After Before Later Once Then Yesterday Today'.split(' ');

/**
 * Who speaks from a scene without a name or a role: an indefinite pronoun, a lone voice, or the crowd as one
 * ("someone calls from the back", "the crowd shouted"). Each is its own speaker, named by the phrase.
 */
export const SCENE_VOICES: readonly string[] = [
  'someone',
  'somebody',
  'a voice',
  'one voice',
  'another voice',
  'the crowd',
  'the whole crowd',
  'the audience',
  'the whole audience',
  'the room',
  'the whole room',
  'the hall',
  'the whole hall',
  'the spectators',
  'the listeners',
  'the onlookers',
  'the congregation',
  'the class',
  'the whole class',
  'the stands',
];

/** Verbs of calling out that SPEECH_VERBS lacks, that a voice of the scene speaks by (read with SPEECH_VERBS). */
export const CALLING_VERBS = set(`
call calls called cry cries cried yell yells yelled roar roars roared
`);

/**
 * Conjunctions that open a clause of time or circumstance before a sentence's subject, closed by a comma ("When we
 * went to sign the contracts, a farmer told me"): the subject after the comma is still the sentence's.
 */
export const LEAD_CLAUSE_CONJUNCTIONS: readonly string[] =
  'When As After Before While Once Whenever Until'.split(' ');

/**
 * Dari words that open a clause of time before a sentence's subject ("آخرین بار که کاکا تا دروازه رفت، او گفت"):
 * the clause, up to its comma, is no part of the subject.
 */
export const DARI_TIME_CLAUSE_OPENERS: readonly string[] = [
  'آخرین بار',
  'اولین بار',
  'نخستین بار',
  'هر بار',
  'یک بار',
  'وقتی',
  'وقتیکه',
  'زمانی',
  'زمانیکه',
  'هنگامی',
  'هنگامیکه',
  'روزی',
  'شبی',
];

/**
 * Dari nouns of what someone said ("جوابش را هنوز فراموش نکرده‌ام:", "سخنی گفت که در دفترچه‌ام نوشتم:"): a
 * sentence holding one and ending in a colon sets the words down after it, unmarked.
 */
export const DARI_WORDS_NOUNS: readonly string[] = [
  'جواب',
  'جوابش',
  'پاسخ',
  'پاسخش',
  'سخن',
  'سخنی',
  'سخنش',
  'حرف',
  'حرفی',
  'حرفش',
  'گپ',
  'گپی',
  'گپش',
];

// Page apparatus: the labels of the lines around a story. They name places as labels do (an office's town, a
// studio's city), not as the story reports them, so a line they open is no story's sentence.

/** Labels over a briefing's or an event's list of who spoke: "Speakers: Name, role, body; …", «سخنرانان: …». */
export const SPEAKER_LIST_LABELS: readonly string[] = [
  'speakers',
  'panellists',
  'panelists',
  'briefers',
  'presenters',
  'participants',
  'attendees',
  'on the panel',
  'سخنرانان',
  'سخنران‌ها',
  'اشتراک‌کنندگان',
  'حاضرین',
];
/** Labels over the people a release gives to call: "Media contacts: Name, office, +93 …", «تماس رسانه‌ای: …». */
export const CONTACT_LABELS: readonly string[] = [
  'media contacts',
  'media contact',
  'press contacts',
  'press contact',
  'media enquiries',
  'media inquiries',
  'press enquiries',
  'press inquiries',
  'for media enquiries',
  'for more information',
  'for further information',
  'contacts',
  'contact',
  'تماس رسانه‌ای',
  'شماره‌های تماس',
  'برای معلومات بیشتر',
  'برای تماس',
  'تماس',
];
/** Labels of a series' pointer to its next part: "Next part: …", «بخش بعدی: …». */
export const SERIES_NEXT_LABELS: readonly string[] = [
  'next part',
  'next episode',
  'next chapter',
  'next instalment',
  'next installment',
  'coming next',
  'next in the series',
  'next in this series',
  'بخش بعدی',
  'قسمت بعدی',
  'بخش آینده',
  'قسمت آینده',
  'شمارهٔ بعدی',
  'در بخش بعدی',
  'در قسمت بعدی',
];
/** What a series note calls the series: "part of the series", «بخشی از مجموعهٔ …». */
export const SERIES_WORDS: readonly string[] = ['series', 'part of', 'مجموعه', 'سلسله', 'بخشی از'];
/** Credits that close a programme's production line: "Sponsored by listeners like you", «با حمایت …». */
export const PRODUCTION_BACKER_PHRASES: readonly string[] = [
  'sponsored by',
  'supported by',
  'funded by',
  'made possible by',
  'brought to you by',
  'with support from',
  'with the support of',
];
/**
 * What a production line calls the programme it credits: "This episode was recorded in …", «این پادکست …». Not
 * "programme" or «برنامه»: an aid programme is "presented", «تهیه شده» in the news.
 */
export const PROGRAMME_NOUNS: readonly string[] = [
  'episode',
  'podcast',
  'show',
  'series',
  'documentary',
  'film',
  'broadcast',
  'پادکست',
  'قسمت',
  'مستند',
  'سریال',
  'report',
  'گزارش',
];
/** A site's account links a page's head sets in a row: "Search   Subscribe   Log in". */
export const ACCOUNT_LINK_WORDS: readonly string[] = [
  'search',
  'subscribe',
  'log in',
  'login',
  'log out',
  'sign in',
  'sign up',
  'register',
  'menu',
  'donate',
  'my account',
  'account',
  'جستجو',
  'ورود',
  'خروج',
  'ثبت نام',
  'ثبت‌نام',
  'مشترک شوید',
];
/**
 * Endings of English derived words ("practical", "national", "movement"): a word with one is an English word,
 * never a misspelt place name (no Afghan name ends so), however close its letters come to one.
 */
export const ENGLISH_WORD_ENDINGS: readonly string[] = [
  'ical',
  'tion',
  'tions',
  'ment',
  'ments',
  'ness',
  'ally',
  'ible',
  'able',
  'ous',
  'ship',
  'ful',
  'less',
  'ence',
  'ance',
  'ive',
  'ism',
  'ist',
];
/** Heads of the note a blog or a page sets about its writer: "ABOUT ME", "About the blogger", «دربارهٔ من». */
export const WRITER_NOTE_HEADS: readonly string[] = [
  'about me',
  'about the author',
  'about the authors',
  'about the writer',
  'about the writers',
  'about the reporter',
  'about the reporters',
  'about the blogger',
  'about the photographer',
  'about the contributor',
  'about the contributors',
  'about the host',
  'about the hosts',
  'دربارهٔ من',
  'درباره من',
  'درباره‌ی من',
  'دربارهٔ نویسنده',
  'درباره نویسنده',
  'درباره‌ی نویسنده',
  'دربارهٔ نگارنده',
  'درباره نگارنده',
  'درباره‌ی نگارنده',
  'دربارهٔ خبرنگار',
  'درباره خبرنگار',
  'درباره‌ی خبرنگار',
];
/** Credits a byline chains after the writer's name and a full stop: "Words by A. Photographs by B." */
export const CHAINED_CREDIT_WORDS: readonly string[] = [
  'photographs',
  'photography',
  'photos',
  'pictures',
  'images',
  'video',
  'illustrations',
  'illustration',
  'graphics',
  'maps',
  'additional reporting',
];
/** What a report calls itself on its title line before its number: "Situation Report No. 2", «گزارش ادواری شماره ۷». */
export const REPORT_KIND_WORDS: readonly string[] = [
  'situation report',
  'sitrep',
  'flash update',
  'factsheet',
  'fact sheet',
  'bulletin',
  'snapshot',
  'update',
  'briefing note',
  'report',
  'issue',
  'گزارش',
  'گزارش ادواری',
  'خبرنامه',
  'بولتن',
  'معلومات‌نامه',
];
/** A site's label over one of its episodes or issues, under its name: "Episode 27 · 41 min", «قسمت ۲۷». */
export const EPISODE_LABEL_WORDS: readonly string[] = ['episode', 'ep', 'issue', 'edition', 'قسمت', 'شماره'];
/** Heads of a Dari body's name the text may abbreviate after it: «هیئت معاونت سازمان ملل متحد در افغانستان (یوناما)». */
export const DARI_ABBREVIATED_BODY_HEADS: readonly string[] = [
  'سازمان',
  'هیئت',
  'صندوق',
  'برنامه',
  'دفتر',
  'نهاد',
  'مؤسسه',
  'موسسه',
  'شبکه',
  'اتحادیه',
  'کمیته',
  'دیده‌بان',
];
/** Words of a government body's Dari name, which acts for the place it names («ریاست … ولایت کندز»). */
export const DARI_GOVERNMENT_BODY_WORDS: readonly string[] = [
  'وزارت',
  'ریاست',
  'شورای',
  'کمیسیون',
  'ولایت',
  'اداره',
  'مقام',
  'والی',
];
/** Words that open a main clause after a comma ("Produced by farmers in Kunduz, the melons …"): a sentence's subject. */
export const CLAUSE_SUBJECT_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'it',
  'they',
  'he',
  'she',
  'we',
  'most',
  'many',
  'some',
];
/** English auxiliaries and modals: a line with one says something happens, and is no label's phrase. */
export const ENGLISH_AUXILIARIES: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'has',
  'have',
  'had',
  'can',
  'could',
  'should',
  'must',
];
/**
 * What opens a line of a Dari letterhead: the issuing body or office, or the document's number and date. Not «والی»
 * of DARI_GOVERNMENT_BODY_WORDS: a line opening on the governor is his news, no letterhead.
 */
export const DARI_LETTERHEAD_OPENERS: readonly string[] = [
  ...DARI_OFFICE_NOUNS,
  ...DARI_GOVERNMENT_BODY_WORDS.filter((w) => w !== 'والی' && !DARI_OFFICE_NOUNS.includes(w)),
  'مدیریت',
  'آمریت',
  'معینیت',
  'فرماندهی',
  'صورت جلسه',
  'صورت‌جلسه',
  'شماره',
  'نمبر',
  'تاریخ',
];
/**
 * Kinds of firm that, set beside a capitalised name in apposition, make it a firm's name: "a private company,
 * Kunduz Medical Supply," / "the Takhar Marble House, a showroom on …".
 */
export const FIRM_APPOSITION_NOUNS = set(
  'company companies firm firms showroom showrooms shop shops store stores dealer dealers supplier suppliers wholesaler wholesalers distributor distributors contractor contractors business businesses brand chain franchise workshop factory importer importers exporter exporters',
);
/** Words that close a place's own name, never a firm's: "Kunduz Province, a …", "Kunduz City, a firm's base". */
export const FIRM_NOT_NAME_HEADS = set(
  'province city district river airport university valley road highway bridge dam lake pass',
);
/** Crews and vehicles a town sends out: "Firefighters were sent from Kunduz", "ambulances rushed in from …". */
export const DISPATCHED_CREW_NOUNS: readonly string[] = [
  'firefighters',
  'fire engines',
  'fire trucks',
  'fire brigades',
  'ambulances',
  'rescuers',
  'rescue teams',
  'rescue workers',
  'paramedics',
  'crews',
];
/** Verbs of sending a crew out: "sent", "dispatched", "rushed". */
export const DISPATCH_VERBS: readonly string[] = [
  'sent',
  'dispatched',
  'rushed',
  'deployed',
  'drove',
  'came',
  'arrived',
];

/** What a wire credits its staff's help to: "… contributed to this roundup", "… contributed reporting". */
export const CONTRIBUTED_PIECES: readonly string[] = [
  'report',
  'roundup',
  'round-up',
  'story',
  'article',
  'dispatch',
  'bulletin',
  'digest',
  'piece',
];

/** A breadcrumb's first item, the site's front page: "Home / News / Provinces", «خانه / اخبار / ولایات». */
export const BREADCRUMB_HOME_WORDS: readonly string[] = [
  'home',
  'homepage',
  'home page',
  'front page',
  'main page',
  'خانه',
  'صفحهٔ اصلی',
  'صفحه اصلی',
  'صفحه‌ی اصلی',
  'برگهٔ نخست',
];

/** A site footer's links: "About us | Contact | Advertise | Privacy policy", «دربارهٔ ما | تماس با ما». */
export const FOOTER_LINK_WORDS: readonly string[] = [
  'about us',
  'contact',
  'contact us',
  'advertise',
  'advertise with us',
  'advertising',
  'privacy policy',
  'privacy',
  'terms of use',
  'terms of service',
  'terms',
  'careers',
  'دربارهٔ ما',
  'درباره ما',
  'تماس با ما',
  'تماس',
  'تبلیغات',
  'حریم خصوصی',
];
/** What a footer calls a site's office: "Taloqan office: …", "Head office: …", «دفتر کندز: …». */
export const FOOTER_OFFICE_WORDS: readonly string[] = [
  'office',
  'offices',
  'bureau',
  'head office',
  'headquarters',
  'newsroom',
  'studio',
  'studios',
  'address',
  'دفتر',
  'دفتر مرکزی',
  'نشانی',
  'آدرس',
];
/** The lowercase words an office's street address holds ("Main road, Taloqan, Takhar province"). */
export const ADDRESS_WORDS: readonly string[] = [
  'road',
  'street',
  'avenue',
  'bazaar',
  'square',
  'lane',
  'district',
  'province',
  'floor',
  'building',
  'block',
  'near',
  'opposite',
  'behind',
  'next',
  'to',
  'the',
  'of',
  'and',
  'no',
  'office',
  'city',
  'market',
  'bridge',
  'gate',
  'roundabout',
  'station',
];
/**
 * The lowercase words a wire's contributor line holds between its staff's names and towns ("Sayed Rahim in Faizabad
 * and Nazifa Sultani in Kunduz", "Staff reporters in Khanabad"): a story's subject has others ("the minister said …").
 */
export const CONTRIBUTOR_LINE_WORDS: readonly string[] = [
  'in',
  'and',
  'from',
  'at',
  'of',
  'the',
  'staff',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'stringer',
  'stringers',
  'journalists',
  'bureau',
];

/**
 * Words a feature's paragraph may open on after its person's bare name that are not "-s" or "-ed" forms
 * ("Nasima cannot read", "Gul Ahmad drove …"): with those, the paragraph is about the person it names.
 */
export const TOPIC_OPENING_VERBS: readonly string[] =
  'cannot can could will would must may might never still also often now sat stood went came left sold took drove ran rode began'.split(
    ' ',
  );

/**
 * The pictographs a social page puts before a reader's comment or reply ("💬 Hamid: …", "↳ Laila: …"): with a
 * short handle and a colon after them, the line is the comment box, not the post.
 */
export const COMMENT_PICTOGRAPHS: readonly string[] = ['💬', '🗨', '🗯', '↳', '↪'];

/** What a broadcaster's ident gives its frequency in: "92.5 FM", "۹۲.۵ اف‌ام", "1332 kHz". */
export const FREQUENCY_UNITS: readonly string[] = [
  'FM',
  'AM',
  'MHz',
  'kHz',
  'اف‌ام',
  'اف ام',
  'مگاهرتز',
  'کیلوهرتز',
];

/**
 * The labels of a notice box's fields under a story ("Venue: …", "NEXT MEETING: …", «محل: …»): where and when
 * something will be, not the reporting.
 */
export const NOTICE_FIELD_LABELS: readonly string[] = [
  'venue',
  'where',
  'when',
  'time',
  'date',
  'location',
  'kick-off',
  'kickoff',
  'attendance',
  'admission',
  'entry',
  'tickets',
  'next meeting',
  'next session',
  'next hearing',
  'next match',
  'محل',
  'مکان',
  'زمان',
  'تاریخ',
  'ساعت',
  'محل برگزاری',
  'نشست بعدی',
  'جلسهٔ بعدی',
  'ورود',
];

/** A channel post's flag before its heading ("🔴 فوری | …", "BREAKING | …"): the heading after it is the post's text. */
export const POST_FLAG_WORDS: readonly string[] = [
  'فوری',
  'خبر فوری',
  'عاجل',
  'breaking',
  'urgent',
  'just in',
];

/** What a reading-time field says after its minutes: "6 min read", «۶ دقیقه مطالعه», «زمان مطالعه: ۸ دقیقه». */
export const READING_TIME_WORDS: readonly string[] = [
  'min read',
  'minute read',
  'دقیقه مطالعه',
  'زمان مطالعه',
  'زمان خواندن',
];

/** A reporter's role on the line under the name in a byline's stack: «گزارشگر بخش افغانستان», "Correspondent, Kunduz". */
export const REPORTER_ROLE_WORDS: readonly string[] = [
  'correspondent',
  'reporter',
  'staff writer',
  'stringer',
  'خبرنگار',
  'گزارشگر',
  'ژورنالیست',
];

/** What a report's time stamp opens on: "As of 3 December 2026, 16:00", «وضعیت تا ۱۲ قوس ۱۴۰۵». */
export const REPORT_STAMP_OPENERS: readonly string[] = [
  'as of',
  'as at',
  'data as of',
  'figures as of',
  'وضعیت تا',
  'ارقام تا',
];

/** What a show or a newsletter calls itself in the tagline after its name: "— a podcast about …", «– پادکستی دربارهٔ …». */
export const SHOW_KIND_WORDS: readonly string[] = [
  'podcast',
  'newsletter',
  'show',
  'programme',
  'program',
  'blog',
  'series',
  'پادکستی',
  'برنامه‌ای',
  'خبرنامه‌ای',
  'وبلاگی',
];

/** The words of a report's stamp besides its date: "As of 3 December 2026, 16:00 (Kabul time)", «ساعت ۴ عصر». */
export const STAMP_CLOCK_WORDS: readonly string[] = [
  'time',
  'local',
  'hours',
  'hrs',
  'am',
  'pm',
  'ساعت',
  'صبح',
  'چاشت',
  'عصر',
  'شام',
  'ظهر',
  'بعد',
  'از',
  'قبل',
];

/** What a show's tagline says it is about: "— a podcast about …", "a series on …", «برنامه‌ای دربارهٔ …». */
export const SHOW_SUBJECT_WORDS: readonly string[] = ['about', 'on', 'دربارهٔ', 'درباره'];

/** Teaching trades a Dari writer's note may give («استاد دانشگاه», «آموزگار»): the writer's only with a disclaimer. */
export const DARI_NOTE_TEACHING_TRADES: readonly string[] = ['استاد', 'آموزگار'];

/** A minutes' roll of those present («حاضرین:», "Present:"): members and their seats, the record's own text. */
export const MINUTES_ROLL_LABELS: readonly string[] = ['حاضرین', 'present'];

/** What a media box or a widget between paragraphs is labelled ("Video from Taloqan", «ویدیو از تالقان»). */
export const MEDIA_LABEL_WORDS: readonly string[] = [
  'video',
  'videos',
  'photos',
  'gallery',
  'map',
  'watch',
  'listen',
  'live',
  'weather',
  'audio',
  'ویدیو',
  'ویدئو',
  'نقشه',
  'گزارش تصویری',
];

/**
 * Speech verbs that go on with someone's turn ('"…," he added', 'She continued: "…"'): the pronoun before them
 * means the person last quoted, not one named only in passing since.
 */
export const CONTINUING_SPEECH_VERBS: readonly string[] = ['added', 'adds', 'continued', 'continues'];

/**
 * Verbs of a stand taken in public ("blamed the rains", "promised help"), and the "according" of a source cited:
 * a person who did so before '"…," he added' is the one going on, as one who spoke is.
 */
export const STANCE_VERBS = set(`
blame blames blamed promise promises promised pledge pledges pledged accuse accuses accused criticise criticises
criticised criticize criticizes criticized condemn condemns condemned reject rejects rejected dismiss dismisses
dismissed defend defends defended welcome welcomes welcomed appeal appeals appealed demand demands demanded
call calls called according
`);

/**
 * A town's streets and the fabric along them ("Kunduz's back lanes", "the Faizabad pavements"): what a province,
 * fields and villages round its towns, has no plural of. Read after the name's possessive, perhaps one word between.
 */
export const TOWN_FABRIC_NOUNS: readonly string[] = [
  'streets',
  'lanes',
  'alleys',
  'alleyways',
  'pavements',
  'sidewalks',
  'shopfronts',
  'rooftops',
  'roundabouts',
  'traffic lights',
];
/**
 * Dari nouns of a town's lanes, crossings, pavements, shops and roofs, read in the plural before the name
 * («پیاده‌روهای کندز», «بام‌های کندز»). Not «سرک»: «سرک‌های کندز» are as often the province's roads.
 */
export const DARI_TOWN_FABRIC_NOUNS: readonly string[] = [
  'کوچه',
  'پس‌کوچه',
  'چهارراهی',
  'چهارراه',
  'پیاده‌رو',
  'دکان',
  'بام',
];

/**
 * A neighbouring state's organs ("Tajik border guards", "the Uzbek authorities"): a state's guards, police or
 * officials "in"/"at" a name sit in their own country, so the name is the namesake across the border. Traders,
 * drivers and visitors cross; they are left out.
 */
export const FOREIGN_BODY_NOUNS: readonly string[] = [
  'guards',
  'authorities',
  'officials',
  'police',
  'troops',
  'soldiers',
  'officers',
  'customs',
  'administration',
  'forces',
  'governor',
  'government',
];
/** The same organs in Dari, before the country's adjective or name («مرزبانان تاجیک», «مقام‌های تاجیکستان»). */
export const DARI_FOREIGN_BODY_NOUNS: readonly string[] = [
  'مرزبانان',
  'مرزبان',
  'مقام‌های',
  'مقامات',
  'مسئولان',
  'مسئولین',
  'پولیس',
  'سربازان',
  'نیروهای مرزی',
  'نیروهای',
  'گمرک',
  'حکومت',
  'دولت',
];
/**
 * Dari adjectives and names of the neighbours whose organs these are: only those holding a namesake of an Afghan
 * district (NAMESAKES_ABROAD: Tajikistan's, Pakistan's Kohistan); «مقامات ازبکستان در شغنان» are in Shighnan.
 */
export const DARI_NEIGHBOUR_WORDS: readonly string[] = ['تاجیک', 'تاجیکستان', 'پاکستان', 'پاکستانی'];

/**
 * Heads of a facility's own name after a place's, capitalised ("Kunduz Teaching Hospital", "Baghlan Memorial
 * Gardens"): with a capitalised word of its own between, the run is the facility's name and the place inside it no
 * mention (a bare "Kunduz Hospital" stays the place's hospital). Not centre: "Badakhshan Cultural Centre" is read
 * as the province's.
 */
export const FACILITY_NAME_HEADS: readonly string[] = [
  'hospital',
  'clinic',
  'park',
  'stadium',
  'gardens',
  'post',
];
/** Of FACILITY_NAME_HEADS, those that name an estate or a park alone after a place ("Paghman Gardens"). */
export const FACILITY_NAME_HEADS_ALONE: readonly string[] = ['gardens'];
/** Capitalised words after a place that keep the facility the place's own: its province, its city. */
export const FACILITY_PLACE_WORDS: readonly string[] = [
  'provincial',
  'province',
  'city',
  'district',
  'central',
  'municipality',
];

/**
 * A journey's halt ("we broke the journey at", "made a stop at"): where travellers halt is a town
 * on the road, so the name is the town, the namesake town where the province's capital is another.
 */
export const JOURNEY_STOP_WORDS: readonly string[] = [
  'made a stop',
  'makes a stop',
  'make a stop',
  'a short stop',
  'a brief stop',
  'stopover',
  'broke the journey',
  'broke their journey',
  'broke our journey',
];
/**
 * Verbs of a halt: read as a traveller's only with what for ("stopped for lunch in"); bare, what stops may be the
 * fighting or a campaign ("Fighting stopped in Baghlan"), anywhere in the province.
 */
export const JOURNEY_STOP_VERBS: readonly string[] = ['stopped', 'stopping', 'halted', 'paused'];
/** Who halts on a road: a halt verb after these, perhaps one word between ("Everybody stopped in"), is a traveller's. */
export const JOURNEY_STOP_SUBJECTS: readonly string[] = [
  ...'we they everybody everyone travellers passengers pilgrims drivers driver bus buses minibus minibuses'.split(
    ' ',
  ),
  ...'convoy convoys lorries trucks caravan'.split(' '),
];
/**
 * Dari halts after «در» and the name: «در بغلان توقف کردیم»، «در بغلان اتراق کردند». Not a bare «توقف» or «ایستاد»:
 * «کار سرک در بغلان توقف کرد» is work halted anywhere in the province.
 */
export const DARI_JOURNEY_STOP_WORDS: readonly string[] = ['توقف کردیم', 'اتراق'];

/**
 * Counts that share something out among places ("four in Kunduz, three in Takhar", «سه تیم در کندز و دو تیم در
 * تخار»): digits are read too.
 */
export const SHARE_COUNT_WORDS: readonly string[] = [
  ...'one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds'.split(' '),
  ...'یک دو سه چهار پنج شش هفت هشت نه ده'.split(' '),
];

/**
 * A meeting with a neighbour's organ ("met Tajik border guards in", «با مرزبانان تاجیک در»): the "in" is where the
 * meeting is, which may be this side, so the organ does not place the name abroad.
 */
export const MEETING_WITH_WORDS: readonly string[] = ['met', 'meet', 'meets', 'meeting', 'with', 'talks'];
export const DARI_MEETING_WITH_WORDS: readonly string[] = ['با'];

/** The English neighbours holding a namesake of an Afghan district (NAMESAKES_ABROAD), perhaps with "'s". */
export const NAMESAKE_NEIGHBOUR_WORDS: readonly string[] = ['Tajik', 'Tajikistan', 'Pakistani', 'Pakistan'];

/** Afghan provinces whose name a region across the border shares (Tajikistan's Gorno-Badakhshan). */
export const PROVINCES_NAMED_ABROAD: ReadonlySet<string> = new Set(['Badakhshan']);

/** Dari prepositions of where a sentence sets its scene before the subject: «در بازار یفتل دکانداری پیر گفت». */
export const DARI_SCENE_PREPOSITIONS: readonly string[] = [
  'در',
  'کنار',
  'جلو',
  'جلوی',
  'پشت',
  'نزدیک',
  'داخل',
  'بیرون',
];
/** Words after which a role is another's complement ("a cousin of the governor", "an aide to the governor"). */
export const ROLE_GOVERNING_PREPOSITIONS: readonly string[] = ['of', 'to', 'for', 'with'];
/** Prepositions inside a Dari scene whose noun is the scene's, not the subject: «در دیدار با یک معلم …». */
export const DARI_SCENE_OBJECT_PREPOSITIONS: readonly string[] = ['با', 'از', 'به', 'برای', 'نزد', 'همراه'];
/**
 * Nouns of a span of life or an occasion inside a Dari scene whose next word is their complement, not a subject:
 * «در دوران جوانی», «در زمان کودکی», «در شب عروسی».
 */
export const DARI_SCENE_SPAN_NOUNS: readonly string[] = [
  'دوران',
  'دوره',
  'دورهٔ',
  'زمان',
  'روزهای',
  'سال‌های',
  'سالهای',
  'ایام',
  'هنگام',
  'وقت',
  'عمر',
  'جشن',
  'مراسم',
  'محفل',
];

/**
 * Nouns for a kind of thing a place's name may name (a vehicle, a product, a breed): "the motorcycles known as
 * Zaranj", «موترسیکلت‌های سه‌چرخه یا «زرنج»» — the name is then that thing's word.
 */
export const KIND_NOUNS_EN: readonly string[] = [
  'rickshaws',
  'rickshaw',
  'motorcycles',
  'motorcycle',
  'three-wheelers',
  'three-wheeler',
  'tricycles',
  'vehicles',
  'carts',
  'cars',
  'vans',
  'carpets',
  'rugs',
  'breed',
  'sheep',
  'brand',
  'melons',
  'grapes',
];
export const KIND_NOUNS_DA: readonly string[] = [
  'موترسیکلت‌های',
  'موترسیکلت',
  'سه‌چرخه',
  'سه‌چرخه‌ها',
  'عراده',
  'موترهای',
  'موتر',
  'قالین',
  'گوسفند',
  'نسل',
  'نژاد',
  'برند',
  'خربوزه',
  'انگور',
];
/** Dari counts before a noun («یک», «هزاران»); not «نه» (also "nor") or «ده» (also "village"). */
export const DARI_NOUN_COUNTS: readonly string[] = [
  'یک',
  'دو',
  'سه',
  'چهار',
  'پنج',
  'شش',
  'هفت',
  'هشت',
  'صد',
  'هزار',
  'صدها',
  'هزاران',
  'چندین',
  'چند',
];
/** English counts and owners before a noun ("a", "forty", "his"). */
export const ENGLISH_COUNT_WORDS: readonly string[] = [
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'ten',
  'twenty',
  'forty',
  'fifty',
  'hundred',
  'hundreds of',
  'thousand',
  'thousands of',
  'dozens of',
  'his',
  'her',
  'their',
  'my',
  'our',
];
/** Verbs of buying, driving or owning a thing: "bought a Zaranj", "drives his Zaranj". */
export const HANDLING_VERBS_EN: readonly string[] = [
  'bought',
  'buy',
  'buys',
  'sold',
  'sell',
  'sells',
  'drove',
  'drive',
  'drives',
  'driving',
  'owns',
  'own',
  'rented',
  'rents',
  'parked',
  'repaired',
  'fixed',
  'leased',
];

/** Words that put a question to the person answering (an interview's, not a FAQ's): English "you", Dari «شما». */
export const ADDRESSEE_WORDS: readonly string[] = ['you', 'your', 'yourself', 'yours', 'شما'];
/** An introduction presenting an interview, by its word: "interviewed", «گفت‌وگو», «مصاحبه». */
export const INTERVIEW_WORDS_EN: readonly string[] = ['interview', 'interviewed', 'interviews'];
export const INTERVIEW_WORDS_DA: readonly string[] = ['گفت‌وگو', 'گفتگو', 'مصاحبه'];
/** …or by its phrase: "spoke to us", "talked with", "we asked her" (case as written). */
export const INTERVIEW_PHRASES_EN: readonly string[] = [
  'spoke to us',
  'spoke to him',
  'spoke to her',
  'spoke with us',
  'spoke with him',
  'spoke with her',
  'talked to',
  'talked with',
  'we asked him',
  'we asked her',
  'we asked them',
];
/** A paragraph reporting others' words: "according to", «به گفتهٔ», and Dari «گفت», «گفته», «می‌گوید». */
export const REPORTING_PHRASES_EN: readonly string[] = ['according to'];
export const REPORTING_PHRASES_DA: readonly string[] = ['به گفتهٔ'];
export const SAYING_FORMS_DA: readonly string[] = ['گفت', 'گفته', 'می‌گوید'];
/** Dari verbs in the first person an answer says "I" or "we" with, the pronoun dropped: «دارم», «رفتیم». */
export const FIRST_PERSON_VERBS_DA: readonly string[] = [
  'دارم',
  'داریم',
  'هستم',
  'هستیم',
  'بودم',
  'بودیم',
  'کردم',
  'کردیم',
  'شدم',
  'شدیم',
  'رفتم',
  'رفتیم',
  'آمدم',
  'آمدیم',
  'گفتم',
  'گفتیم',
  'دیدم',
  'دیدیم',
  'خواستم',
  'خواهم',
  'خواهیم',
  'داشتم',
  'داشتیم',
];

/** "who gave his name only as Nazifa", "who would offer only her first name": verbs of giving one's name. */
export const NAME_GIVING_VERBS: readonly string[] = [
  'gave',
  'give',
  'gives',
  'offered',
  'offer',
  'provided',
  'shared',
];
/** "who asked to be identified only as": verbs of a source's wish about how to be named. */
export const NAME_WISHING_VERBS: readonly string[] = [
  'asked',
  'wished',
  'wanted',
  'agreed',
  'preferred',
  'chose',
];
/** "identified only by her first name", "known only as": participles that name a source. */
export const NAMING_PARTICIPLES: readonly string[] = ['identified', 'named', 'called', 'known'];
/** The Gregorian months by name: "In March the governor promised …" dates an act in the story's past. */
export const ENGLISH_MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "last year", "that spring": periods a background sentence is dated by. */
export const PAST_PERIODS: readonly string[] = ['year', 'spring', 'summer', 'autumn', 'fall', 'winter'];
/** "two years ago", "months earlier": units a background sentence counts back by. */
export const PAST_SPANS: readonly string[] = ['year', 'years', 'month', 'months', 'decade', 'decades'];
/** English weekdays: "on Tuesday" dates an act on the days of the news, not the story's past. */
export const ENGLISH_WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
/** "today", "now", "this week": an act in the story's present. */
export const PRESENT_TIME_WORDS: readonly string[] = ['today', 'yesterday', 'tonight', 'now', 'this week'];
/** "He came back on Tuesday": a sentence opening on the pronoun has that person act again. */
export const PERSON_SUBJECT_PRONOUNS_EN: readonly string[] = ['he', 'she'];

/** "Read more daily updates", "See more weekly coverage": words in -ly a promo's noun phrase opens with, not adverbs. */
export const PROMO_LY_ADJECTIVES: readonly string[] = [
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'early',
  'family',
];

/** A speaker's own pronouns ("We left Kishim in the spring", «ما از کشم آمدیم»): a line of speech, not a title card. */
export const SPEAKER_PRONOUNS: readonly string[] = [
  'I',
  'we',
  'you',
  'my',
  'our',
  'your',
  'me',
  'us',
  'من',
  'ما',
  'شما',
  'مه',
];

/** A cross-reference's words: "MORE COVERAGE OF THE FLOODS IN DOSHI IS ON PAGE 6" points elsewhere, not the story's sentence. */
export const CROSS_REFERENCE_WORDS: readonly string[] = [
  'page',
  'pages',
  'coverage',
  'website',
  'online',
  'app',
  'podcast',
  'newsletter',
];

/** What gives a kind noun its name just before the name: "rickshaws known locally as Zaranj", «موتر یا «زرنج»». */
export const CALLED_BEFORE_EN: readonly string[] = ['known as', 'known locally as', 'called', 'nicknamed'];
export const CALLED_BEFORE_DA: readonly string[] = ['یا «', 'به نام «'];
/** Words that end a thing's noun phrase right after its name ("a Zaranj on credit"), never a noun it qualifies. */
export const NOUN_PHRASE_END_WORDS_EN: readonly string[] = [
  'on',
  'in',
  'and',
  'or',
  'for',
  'with',
  'from',
  'at',
  'to',
  'last',
  'this',
  'every',
];
/** How Dari men's given names end («ذبیح‌الله», «نصیرالدین»): a word so ending makes the name after it a surname. */
export const DARI_GIVEN_NAME_ENDINGS: readonly string[] = ['الله', 'الدین', 'الرحمن', 'الحق'];
/** Dari given names common before a surname, whole («محمد دوشی», «احمد بهارکی»). */
export const DARI_GIVEN_NAMES: readonly string[] = [
  'محمد',
  'احمد',
  'محمود',
  'عبدالحق',
  'غلام',
  'نور',
  'سید',
  // Men's given names that are no common word («رحیم دوشی», «کریم دوشی»); not «لطیف», «جمیل», «رفیق», «عارف»,
  // «سلیم», «شفیق», «حبیب», adjectives and nouns before a place («هوای لطیف دوشی»).
  'رحیم',
  'کریم',
  'حمید',
  'فرید',
  'نذیر',
  'ناصر',
  'یوسف',
  'داوود',
  'وحید',
  'مجید',
  'ذبیح',
];
/** What a club's name ends with after its home's or a river's name: "Kokcha FC", "the Kokcha club". */
export const CLUB_NAME_ENDS_EN: readonly string[] = ['FC', 'F.C.', 'SC', 'AFC', 'Football Club', 'Club'];
/** Dari words for a team and its sport before its name: «تیم فوتبال کوکچه». */
export const DARI_TEAM_HEADS: readonly string[] = ['تیم', 'باشگاه'];
export const DARI_SPORTS: readonly string[] = ['فوتبال', 'والیبال', 'کرکت', 'بسکتبال', 'فوتسال', 'ورزشی'];
/** Venues a private owner names («شفاخانهٔ خصوصی شهدا»), and the adjectives that show the name to be the owner's. */
export const DARI_NAMED_VENUES: readonly string[] = [
  'شفاخانه',
  'کلینیک',
  'مکتب',
  'لیسه',
  'دواخانه',
  'مرکز صحی',
];
export const DARI_OWNED_ADJECTIVES: readonly string[] = ['خصوصی', 'شخصی'];
/** Dari classifiers between a count and a noun of people or things: «یک نفر بنگی» "an addict", «دو تن …». */
export const DARI_COUNT_CLASSIFIERS: readonly string[] = ['نفر', 'تن', 'دانه', 'عدد'];
/** Of those, the ones that count people: «دو تن» alone is "two people", so a place may follow as their object. */
export const DARI_PERSON_CLASSIFIERS: readonly string[] = ['نفر', 'تن'];
/** Where a Dari venue is then placed, after «در»: «لیسهٔ خصوصی فرخار در شهر تالقان» names the school, not Farkhar. */
export const DARI_PLACING_NOUNS: readonly string[] = [
  'شهر',
  'ولسوالی',
  'ولایت',
  'قریه',
  'قریهٔ',
  'مرکز',
  'مرکز ولایت',
];
/** Dari "also", "still" after a place's people, closing the phrase («باشندگان خواهان همچنان …»); never «همان». */
export const DARI_ALSO_WORDS: readonly string[] = ['نیز', 'هم', 'همچنان', 'همچنین'];
/** What ends a club's name only after a river's name: "the Kokcha club" (a town's "a Kabul club" is the town's). */
export const CLUB_WORDS_AFTER_RIVER_EN: readonly string[] = ['club'];

/**
 * Words that bring in another voice next to «افزود که» after a quotation: "اما X افزود", "X نیز افزود", "در همین
 * حال، X افزود" — X answers or adds to the words, X did not say them.
 */
export const DARI_OTHER_VOICE_WORDS: readonly string[] = [
  'اما',
  'ولی',
  'ولیکن',
  'لیکن',
  'نیز',
  'هم',
  'در همین حال',
  'در این حال',
  'در عین حال',
  'از سوی دیگر',
  'از جانب دیگر',
  'در مقابل',
  'در پاسخ',
  'در واکنش',
];

/**
 * Gestures and recitals a Dari column sets before a colon in place of a speech verb, with the subject dropped:
 * "خندید، …: «…»", "سرش را پایین انداخت: «…»", "این بیت را خواند: «…»". Third person singular only.
 */
export const DARI_GESTURE_VERBS: readonly string[] = [
  'خندید',
  'لبخند زد',
  'تبسم کرد',
  'آه کشید',
  'آهی کشید',
  'مکث کرد',
  'سر تکان داد',
  'تکان داد',
  'پایین انداخت',
  'بالا انداخت',
  'اشاره کرد',
  'ادامه داد',
  'زمزمه کرد',
  'نالید',
  'گریست',
];

/** A crowd or a room, never one speaker: «…»، جمعیت خندید is the hearers' laugh after another's words. */
export const DARI_CROWD_NOUNS: readonly string[] = [
  'جمعیت',
  'جمع',
  'حاضران',
  'حاضرین',
  'مردم',
  'همه',
  'تماشاچیان',
  'شنوندگان',
  'سالون',
  'تالار',
  'صنف',
  'مجلس',
  'جماعت',
];

/**
 * Words a Dari agency report uses for a villager it named before, "this farmer": «این دهقان ۵۸ ساله … افزود».
 * Said of the last person named when that person holds no office, whatever other plain word described them.
 */
export const DARI_COMMONER_HEADS: readonly string[] = [
  'دهقان',
  'کشاورز',
  'باشنده',
  'موسفید',
  'ریش سفید',
  'پیرمرد',
  'پیرزن',
  'مرد',
  'زن',
  'جوان',
  'مالدار',
  'باغدار',
  'دامدار',
  'چوپان',
  'کارگر',
  'دکاندار',
  'دوکاندار',
  'راننده',
  'مهاجر',
];

/** Denominators of a fraction written on «یک»: "یک‌دهم" a tenth, "یک‌چهلم" a fortieth (a tax defined, not "a/one"). */
export const DARI_FRACTION_DENOMINATORS: readonly string[] = [
  'دوم',
  'سوم',
  'چهارم',
  'پنجم',
  'ششم',
  'هفتم',
  'هشتم',
  'نهم',
  'دهم',
  'بیستم',
  'سی‌ام',
  'چهلم',
  'صدم',
  'هزارم',
];

/**
 * What a Dari column recites rather than reads out: "این بیت را خواند: «…»" is the reciter's, while "فرمان را
 * خواند", "اعلامیه را خواند" read out another's words.
 */
export const DARI_VERSE_NOUNS: readonly string[] = [
  'بیت',
  'شعر',
  'دوبیتی',
  'غزل',
  'رباعی',
  'مصرع',
  'ترانه',
  'سرود',
  'لالایی',
  'لندی',
];

/**
 * Words a Dari narration opens a sentence on when its subject is dropped ("کمی مکث کرد:", "به تلخی خندید:"): an
 * adverb or a preposition, never a noun that could be the one who gestures.
 */
export const DARI_DROPPED_SUBJECT_LEADS: readonly string[] = [
  'به',
  'با',
  'کمی',
  'اندکی',
  'لحظه‌ای',
  'آهسته',
  'آرام',
  'باز',
  'دوباره',
  'سپس',
  'بعد',
  'پس',
  'تنها',
  'فقط',
  'هم',
];

/**
 * Words that describe a villager without an occupation or an office ("یکی از باشندگان", "مرد جوان"): «این دهقان»
 * may mean a person so described, but not one described as a shopkeeper, a council member or an expert.
 */
export const DARI_PLAIN_PERSON_WORDS: readonly string[] = [
  'یک',
  'یکی',
  'شماری',
  'باشنده',
  'باشندگان',
  'ساکن',
  'مرد',
  'زن',
  'جوان',
  'پیرمرد',
  'پیرزن',
  'موسفید',
  'ریش',
  'سفید',
];

/** What a tithe is a share of: «ده یک حاصلات», «ده یک گندم» (dari-tithe.ts). */
export const DARI_HARVEST_NOUNS: readonly string[] = [
  'حاصلات',
  'حاصل',
  'محصول',
  'محصولات',
  'پیداوار',
  'خرمن',
  'گندم',
];
/** Giving, taking and paying, as a share is: «ده یک می‌دهند», «ده یک گرفته می‌شود» (dari-tithe.ts). */
export const DARI_PAYING_VERB_FORMS: readonly string[] = [
  'دهند',
  'دهد',
  'دهیم',
  'دادند',
  'دادیم',
  'داد',
  'دادن',
  'گیرند',
  'گیرد',
  'گرفتند',
  'گرفت',
  'گرفته',
  'گرفتن',
  'پردازند',
  'پرداختند',
  'پرداخت',
];
/** Those who hold and farm land: «دهقانان ده یک گندم …» are the district's people (dari-tithe.ts). */
export const DARI_LANDHOLDERS: readonly string[] = ['دهقانان', 'کشاورزان', 'زمینداران'];
/** Prepositions of place and direction before a name: «در ده یک», «از ده یک» (dari-tithe.ts). */
export const DARI_WHERE_PREPOSITIONS: readonly string[] = ['در', 'از', 'به', 'تا'];

/** «این مقام», «این مسئول»: a demonstrative word that means an office holder, never a villager or a source. */
export const DARI_OFFICIAL_DEMONSTRATIVE_HEADS: readonly string[] = ['مقام', 'مسئول', 'مسوول'];
/** «در بسیاری از خانه‌ها، …», «به گزارش پژواک، …»: prepositions that open a scene or a report's source before the subject. */
export const DARI_OPENING_PREPOSITIONS: readonly string[] = ['در', 'به', 'از', 'با', 'برای', 'طبق', 'بنابر'];
/** «در بسیاری از خانه‌ها», «در همهٔ قریه‌ها»: quantifiers of a plural of places — a saying's currency, no speakers. */
export const DARI_GENERIC_SCENE_WORDS: readonly string[] = ['بسیاری', 'بیشتر', 'اکثر', 'اغلب', 'همه'];
/** «در هر قریه», «در هر خانه»: the singular places «هر» quantifies in a saying's scene (not «در هر صورت», «هر دو»). */
export const DARI_EVERY_PLACE_NOUNS: readonly string[] = [
  'قریه',
  'ده',
  'خانه',
  'خانواده',
  'کوچه',
  'گذر',
  'ولسوالی',
  'ولایت',
  'شهر',
  'منطقه',
];
/** «هر» (every), before a singular place in a saying's scene. */
export const DARI_EVERY_WORDS: readonly string[] = ['هر'];
/** «در همه‌جا», «هرجا»: everywhere, a scene of a saying by itself. */
export const DARI_EVERYWHERE_WORDS: readonly string[] = ['همه‌جا', 'همه جا', 'هرجا', 'هر جا'];
/** The preposition of a saying's scene: «در» (in) many homes; «با همهٔ این‌ها», «برای بسیاری» are no scene. */
export const DARI_GENERIC_SCENE_PREPOSITIONS: readonly string[] = ['در'];
/** Plural endings of a noun of places («خانه‌ها», «قریه‌های», «ولسوالیان»). */
export const DARI_PLACE_PLURAL_ENDINGS: readonly string[] = ['ها', 'های', 'ان'];
/** «به گفتهٔ X», «به روایت X»: nouns of words whose ezafe makes X the one who speaks, not an owner (speakers.ts). */
export const DARI_SAYING_EZAFE_NOUNS: readonly string[] = [
  'گفته',
  'قول',
  'سخنان',
  'اظهارات',
  'روایت',
  'نقل',
  'پیام',
  'نامه',
  'خاطره',
];

/**
 * The other side of a relation (kin-reciprocals.ts): a granddaughter's "grandfather" is the man whose
 * "granddaughter" the piece named her. Each kin noun and the nouns the relative names it by.
 */
export const RECIPROCAL_KIN: Readonly<Record<string, readonly string[]>> = {
  grandfather: ['granddaughter', 'grandson'],
  grandmother: ['granddaughter', 'grandson'],
  granddaughter: ['grandfather', 'grandmother'],
  grandson: ['grandfather', 'grandmother'],
  father: ['son', 'daughter'],
  mother: ['son', 'daughter'],
  son: ['father', 'mother'],
  daughter: ['father', 'mother'],
  uncle: ['nephew', 'niece'],
  aunt: ['nephew', 'niece'],
  nephew: ['uncle', 'aunt'],
  niece: ['uncle', 'aunt'],
  husband: ['wife'],
  wife: ['husband'],
  'mother-in-law': ['daughter-in-law', 'son-in-law'],
  'father-in-law': ['daughter-in-law', 'son-in-law'],
  'daughter-in-law': ['mother-in-law', 'father-in-law'],
  'son-in-law': ['mother-in-law', 'father-in-law'],
};
/**
 * People someone has besides kin and roles ("His pupil Mursal, who …", "her apprentice Zari, 15,"): with a
 * possessive before a name they make it a person's (place-named-speakers.ts).
 */
export const OWNED_PERSON_NOUNS: readonly string[] = [
  'pupil',
  'apprentice',
  'assistant',
  'partner',
  'colleague',
  'classmate',
  'companion',
];

/**
 * A mailing's links at its foot ("Unsubscribe | Forward to a friend", «لغو اشتراک | ارسال برای دوستان»): a
 * newsletter's chrome, with the sites' footer links (FOOTER_LINK_WORDS) beside them.
 */
export const MAILING_LINK_WORDS: readonly string[] = [
  'unsubscribe',
  'unsubscribe from this list',
  'forward to a friend',
  'forward this email',
  'share with a friend',
  'manage preferences',
  'manage your preferences',
  'manage your subscription',
  'manage subscription',
  'update preferences',
  'update your preferences',
  'update subscription preferences',
  'email preferences',
  'view in browser',
  'view in your browser',
  'view this email in your browser',
  'view online',
  'لغو اشتراک',
  'لغو عضویت',
  'ارسال برای دوستان',
  'ارسال برای دوست',
  'ارسال به دوستان',
  'ارسال به دوست',
  'مدیریت اشتراک',
  'تنظیمات اشتراک',
  'مشاهده در مرورگر',
];

/**
 * What a funder's note under a story says was paid for: "This reporting was supported by …", "Travel for this story
 * was paid for by …". Not "report" or "project": a story tells of the report or the project it is about.
 */
export const FUNDED_PIECE_NOUNS: readonly string[] = [
  'story',
  'article',
  'reporting',
  'piece',
  'feature',
  'series',
  'investigation',
  'coverage',
  'podcast',
  'episode',
  'documentary',
  'photo essay',
  'issue',
  'newsletter',
  'email',
  'edition',
  'bulletin',
];
/** What a funder's note says of the piece: "was supported by", "was produced with support from". */
export const FUNDED_BY_PHRASES: readonly string[] = [
  'supported by',
  'supported in part by',
  'sponsored by',
  'funded by',
  'funded in part by',
  'financed by',
  'paid for by',
  'made possible by',
  'brought to you by',
  'produced with support from',
  'produced with the support of',
  'produced with funding from',
  'produced with a grant from',
  'produced with the help of',
  'produced in partnership with',
  'reported with support from',
  'reported with the support of',
  'written with support from',
  'made with support from',
  'carried out with support from',
];
/** What travel or reporting "for this story" is that a funder paid: "Travel for this story was paid for by …". */
export const FUNDED_WORK_NOUNS: readonly string[] = ['travel', 'reporting', 'research', 'support', 'funding'];

/** What an outlet's tagline says it makes: "Daricha — independent reporting on …", "… — news from Badakhshan". */
export const TAGLINE_WORK_NOUNS: readonly string[] = [
  'news',
  'reporting',
  'journalism',
  'stories',
  'voices',
  'coverage',
  'analysis',
  'dispatches',
  'reports',
  'explainers',
  'features',
];
/** The same in Dari: «دریچه – گزارش‌های مستقل از شمال», «… | خبرهای بدخشان», «… – صدای مردم تخار». */
export const DARI_TAGLINE_WORK_NOUNS: readonly string[] = [
  'گزارش',
  'گزارش‌های',
  'گزارشهای',
  'خبرهای',
  'اخبار',
  'روایت‌های',
  'روایتهای',
  'صدای',
  'رسانهٔ',
  'رسانه',
  'روزنامه‌نگاری',
];

/** The same pieces in Dari: «این گزارش با حمایت مالی … تهیه شده است». */
export const DARI_FUNDED_PIECE_NOUNS: readonly string[] = [
  'گزارش',
  'مقاله',
  'نوشته',
  'روایت',
  'پادکست',
  'مجموعه',
  'گزارش تصویری',
  'گزارش‌ها',
];
/** What a Dari funder's note says the piece had: «حمایت مالی», «پشتیبانی», «کمک». */
export const DARI_SUPPORT_NOUNS: readonly string[] = ['حمایت', 'پشتیبانی', 'کمک', 'بودجهٔ', 'بودجه'];
/** Words that name who said a line ("…, the director told the audience"): a funder's note names no speaker. */
export const ATTRIBUTION_WORDS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'according to',
  'added',
];

/** Words a label opens a quotation's rendering with: "(Translation from Dari: «…»)", «ترجمه: "…"» (translation-pairs.ts). */
export const RENDERING_LABEL_WORDS: readonly string[] = [
  'translation',
  'translated',
  'in Dari',
  'in English',
  'original',
  'ترجمه',
  'به دری',
  'به انگلیسی',
  'متن اصلی',
];

/** Verbs that carry a load from a place ("brought from", "hauled in from"): a vehicle with them makes it a town. */
export const CARRY_VERBS =
  set(`bring brings bringing brought carry carries carrying carried haul hauls hauling hauled
ship ships shipping shipped transport transports transporting transported ferry ferries ferrying ferried deliver
delivers delivering delivered`);
/** Verbs that name their vehicle ("trucked in from Kunduz"): the load went by truck. */
export const VEHICLE_CARRY_VERBS = set('trucked trucking lorried');
/** Goods vehicles, beside VEHICLE_NOUNS, that carry a load from a town ("on two pick-ups", "in tankers"). */
export const GOODS_VEHICLE_NOUNS = set(
  'pick-up pick-ups pickup pickups tanker tankers lorry-load lorry-loads',
);
/** Dari goods vehicles: «لاری», «کامیون», «موتر باربری», «تانکر», «پیک‌آپ» (their plurals by «‌ها»). */
export const DARI_GOODS_VEHICLES: readonly string[] = [
  'لاری',
  'کامیون',
  'موتر باربری',
  'موترهای باربری',
  'تانکر',
  'پیک‌آپ',
];
/** What goes before «بار» when it means "a time" («این بار», «یک بار»), not "a load". */
export const DARI_TIMES_BEFORE_BAR: readonly string[] = [
  'این',
  'آن',
  'یک',
  'هر',
  'دو',
  'سه',
  'چند',
  'اولین',
  'نخستین',
  'دیگر',
  'چندین',
];
/** Carrying a load, right after a Dari route's ends: «… بار می‌برد», «… بار می‌آورند». */
export const DARI_LOAD_VERBS: readonly string[] = [
  'بار می‌برد',
  'بار می‌برند',
  'بار برد',
  'بار بردند',
  'بار می‌آورد',
  'بار می‌آورند',
  'بار می‌کشد',
  'بار می‌کشند',
  'بار انتقال',
];
/** What a market charges ("wheat prices rose in", "taxi fares went up in"): a market's, so a town's, before "in". */
export const MARKET_PRICE_NOUNS: readonly string[] = ['prices?', 'fares?', 'rents?'];
/** A place's own works or crossing said after its name ("the Sher Khan Bandar port in", "the Qala-e-Zal bridge in"). */
export const HELD_FEATURE_NOUNS: readonly string[] = [
  'port',
  'bridge',
  'crossing',
  'dam',
  'checkpoint',
  'border post',
];
/** A road's way through a list of places ("through Baghlan, Kunduz and Khanabad", «از طریق»): its stops, towns. */
export const ROUTE_THROUGH_WORDS: readonly string[] = ['through', 'via', 'by way of', 'از طریق', 'از راه'];
/** People carried rather than a load ("families were transported from", «زخمیان با لاری از»): not a town's goods. */
export const CARRIED_PEOPLE_NOUNS = set(`people families prisoners detainees troops soldiers fighters wounded
patients refugees returnees passengers students pilgrims bodies children women men`);
/** Dari people carried: «زخمیان با لاری از …», «خانواده‌ها با موترهای باربری از …». */
export const DARI_CARRIED_PEOPLE_NOUNS: readonly string[] = [
  'مسافران',
  'زخمیان',
  'زخمی‌ها',
  'بیجاشدگان',
  'مهاجرین',
  'زندانیان',
  'خانواده‌ها',
  'اجساد',
  'سربازان',
];

/** Dari trade words a shop's name is made of, run into the goods' word: «ماش‌فروشی», «کباب‌پزی» (not «سازی»: «بازسازی»، «پاکسازی» are
 * a work done to the place). */
export const DARI_TRADE_SUFFIXES: readonly string[] = ['فروشی', 'پزی', 'دوزی'];
/** English words that give a product's trade name: 'a brand called "Pamir"', 'sold under the "Kokcha" label'. */
export const BRAND_WORDS_EN: readonly string[] = [
  'brand',
  'brands',
  'branded',
  'label',
  'labelled',
  'labeled',
  'trademark',
  'marque',
  'logo',
  'sold as',
  'sold under',
  'marketed as',
  'packed as',
  'packaged as',
];
/** Naming words between a brand's word and its quoted name: "a brand called", "a label known as". */
export const BRAND_NAMING_EN: readonly string[] = ['called', 'named', 'known as', 'of', 'the', 'a'];
/** Dari words for a brand, before its name in marks: «برند «پامیر»», «مارک به نام «سالنگ»». */
export const BRAND_WORDS_DA: readonly string[] = ['برند', 'مارک', 'مارکه', 'نشان تجارتی'];
/**
 * Words that follow a Dari common noun in its own phrase, never a place's name: «چال تاریک» "a dark pit», «جرم خود»
 * "his own crime" — what makes a name that is also a word (WORD_NAMES) the word even after «در». «زیر» only with
 * the ground or the house after it (DARI_UNDER_GROUND_WORDS): «در جرم زیر باران» is the district under the rain.
 */
export const DARI_WORD_SENSE_AFTER: readonly string[] = [
  'زیرزمینی',
  'تاریک',
  'عمیق',
  'کلان',
  'کوچک',
  'خورد',
  'تنگ',
  'کهنه',
  'خالی',
  'خود',
  'خودش',
  'خودشان',
];
/** «آنجا» "there", «آن طرف» "on that side": a place set back where the sentence has just been, across the border. */
export const THERE_WORDS_DA: readonly string[] = ['آنجا', 'آن‌جا', 'همانجا', 'همان‌جا', 'آن طرف', 'آن سو'];
/** "over there", "on that side": an English place set back across the border the sentence has named. */
export const THERE_WORDS_EN: readonly string[] = ['over there', 'on that side', 'across there'];
/** «آن طرف دریا»، «آن سوی آب»: the far bank, by the words for the river or the border after "that side". */
export const FAR_BANK_WORDS_DA: readonly string[] = ['دریا', 'دریای', 'آب', 'آمو', 'پنج', 'مرز', 'سرحد'];
/** «تاجکستان», «تاجیکستان»: Dari's two spellings of the neighbour over the Panj. */
export const TAJIKISTAN_NAMES_DA: readonly string[] = ['تاجکستان', 'تاجیکستان'];
/** The neighbours a namesake district across the border lies in, as Dari and English name them. */
export const NAMESAKE_NEIGHBOUR_NAMES: readonly string[] = [
  ...TAJIKISTAN_NAMES_DA,
  'ازبکستان',
  'پاکستان',
  'Tajikistan',
  'Uzbekistan',
  'Pakistan',
];
/** Heads of a city street's name after the place it is named for: "Maiwand Street", "Salang Wat", «سالنگ وات». */
export const STREET_NAME_HEADS = withKeys('street avenue boulevard wat watt وات');
/** The numbers of a city's quarters named after a place, after its ezafe: "Parwan-e-Se", «پروان سه». */
export const QUARTER_NUMBERS_EN = set('yak yek awal du do se seh sih chahar char');
export const QUARTER_NUMBERS_DA: readonly string[] = ['یک', 'دو', 'سه', 'چهار'];
/** Words before "called" that keep a quoted name a place: 'the valley called "Pamir"'. */
export const CALLED_PLACE_NOUNS_EN: readonly string[] = [
  'region',
  'area',
  'valley',
  'range',
  'mountains',
  'river',
  'district',
  'province',
  'plateau',
  'village',
  'hamlet',
  'town',
  'city',
  'place',
  'settlement',
  'neighbourhood',
  'neighborhood',
  'quarter',
  'camp',
];
/** Words before a quoted name that make it a sign's, a shop's or a thing's: 'a sign that reads "Kunduz Rice House"'. */
export const QUOTED_NAME_CUES_EN: readonly string[] = [
  'reads',
  'read',
  'reading',
  'says',
  'called',
  'named',
  'known as',
  'brand',
  'branded',
  'label',
  'labelled',
  'sign',
];
/** «زیر زمین», «زیر خانه»: what a pit or a cellar is under, after a name that is also the word (link-places.ts). */
export const DARI_UNDER_GROUND_WORDS: readonly string[] = ['زمین', 'خانه', 'خاک', 'حویلی'];
/**
 * Last words of a shop's or a sign's quoted name (besides ORGANISATION_WORDS): 'reads "Kunduz Rice House"', 'called
 * "Takhar Naan Centre"' — a quoted slogan ('reads "Badakhshan Needs Roads"') ends on none of them.
 */
export const QUOTED_NAME_HEADS_EN = set(
  'house centre center tailors traders shop shops bakery restaurant cafe café pharmacy mart market emporium brothers sons',
);
/** Quarter nouns that are also "a crossing": before a pass or a river («گذر سالنگ») they are crossing it (link-places.ts). */
export const CROSSING_QUARTER_NOUNS = withKeys('guzar gozar گذر');

/**
 * Namesakes across the Panj by their Tajik spellings, with the Afghan districts (by name_en) they face: a piece that
 * writes one of these districts another way (Eshkashem, Shighnan, Darwaz, Nusay) means the Tajik place by these
 * (border-spellings.ts).
 */
export const TAJIK_SPELLED_NAMESAKES: readonly { districts: readonly string[]; tajik: readonly string[] }[] =
  [
    { districts: ['Eshkashem'], tajik: ['Ishkashim', 'Ishkoshim'] },
    { districts: ['Shighnan'], tajik: ['Shughnan', 'Shughnon', 'Shugnan'] },
    { districts: ['Dawraz-e-Payin', 'Dawraz-e-Bala'], tajik: ['Darvaz', 'Darvoz'] },
  ];

/** Ores a Dari mine is named by before its place («معدن طلای چاه آب», «معادن زغال سنگ دوشی»). */
export const DARI_ORE_WORDS: readonly string[] = [
  'طلا',
  'نقره',
  'مس',
  'آهن',
  'نمک',
  'زغال سنگ',
  'ذغال سنگ',
  'لاجورد',
  'لعل',
  'یاقوت',
  'زمرد',
  'سنگ',
];

/**
 * Who a Dari name is set beside in apposition when it is a person's («بهارک، طفل …», «زرغونه، بیوهٔ …»); not «زن»
 * or «مرد», which open "men and women" after a place («سراسر تخار، زن و مرد …»).
 */
export const DARI_APPOSED_PERSON_NOUNS: readonly string[] = ['طفل', 'کودک', 'بیوه', 'نوجوان'];

/** National companies and services with a branch in every province, called by their own name («شرکت برشنای تخار»). */
export const DARI_BRANCHED_BODY_NAMES: readonly string[] = [
  'برشنا',
  'مخابرات',
  'افغان تیلیکام',
  'هلال احمر',
  'سره میاشت',
];

/** A bus or car stand, called by where its cars go («ایستگاه بدخشان», «اډهٔ موترهای مزار»). */
export const DARI_STAND_NOUNS: readonly string[] = ['ایستگاه', 'اډه', 'اده', 'ترمینال'];

/** What a place is cut off from («از مرکز بدخشان جدا می‌ماند», «از بقیهٔ کشور قطع شد»): a place or "the rest of" one. */
export const DARI_CUT_OFF_FROM_HEADS: readonly string[] = [
  'بقیه',
  'باقی',
  'سایر',
  'مرکز',
  'ولایت',
  'ولسوالی',
  'شهر',
  'کشور',
  'افغانستان',
];

/** Plural people a number introduces as a group no other person list names ("two employees of the department"). */
export const GROUP_PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'employees',
  'staffers',
  'workers',
  'passengers',
]);

/**
 * Dari words of where someone stands or sits («کنار لبهٔ آب ایستاده», «پیش دروازه»): they end a subject read from
 * the sentence's start, never part of a name (dari-attribution.ts, nameThenAndSays).
 */
export const DARI_POSITION_WORDS = withKeys('کنار پیش نزد روی زیر بالای پهلوی پشت میان جلوی دم سر');
/**
 * "Shah Gul, a widow who sorts rice, does not look up": an auxiliary closes a newcomer's indefinite appositive
 * (speakers.ts, appositiveEnd); after a definite role ("…, the district chief, did not attend") it introduces no one.
 */
export const APPOSITIVE_AUXILIARIES = set('does did');

/**
 * A TV script's labels for what is put on screen rather than said: a graphic, a map, a full-screen card, an
 * animation (regex sources, in the capitals scripts print them; script-furniture.ts).
 */
export const SCREEN_GRAPHIC_LABELS: readonly string[] = [
  'GFX',
  'GRAPHICS?',
  'INFOGRAPHIC',
  '(?:LOCATOR )?MAP',
  'LOCATOR',
  'FULL[ -]?SCREEN',
  'FS',
  'OTS',
  'DVE',
  'ANIM(?:ATION)?',
  '(?:ON-?SCREEN|SCREEN) TEXT',
  'TEXT ON SCREEN',
];

/**
 * Courtesy titles («آقای رحمانی», Mr Rahmani): a report writes them for a person it named in full under another
 * title («انجنیر شفیع‌الله رحمانی»), so they look back to a full name under any title (dari-fuller-names.ts).
 */
export const DARI_COURTESY_TITLES: ReadonlySet<string> = new Set(['آقای', 'خانم', 'بانو'].map(normalizeName));
/**
 * Parts a Dari given name is built of, written as a word of their own or joined by a ZWNJ («بی‌بی‌حوا», «شیرین‌گل»,
 * «گل‌بیگم», «عبدالواحد»): a bare word so built reads as a person's name, never a common noun (dari-opening-names.ts).
 */
export const DARI_GIVEN_NAME_PARTS: ReadonlySet<string> = new Set(
  ['بی', 'بی‌بی', 'گل', 'بیگم', 'آغا', 'جان', 'خان', 'محمد', 'نور', 'غلام', 'شیر', 'میر'].map(normalizeName),
);
/** Endings that close a Dari given name written as one word («نورآغا», «نجیب‌الله», «عبدالواحد» opens on «عبد»). */
export const DARI_GIVEN_NAME_TAILS: readonly string[] = ['آغا', ...DARI_GIVEN_NAME_ENDINGS];
/** The courtesy titles of a woman («خانم رحمانی»): never a man's given names (dari-fuller-names.ts). */
export const DARI_FEMININE_COURTESY_TITLES: ReadonlySet<string> = new Set(
  ['خانم', 'بانو'].map(normalizeName),
);

/**
 * Word-like names (WORD_NAMES) whose everyday word is no place: orchards of them or a load brought from them can only
 * be the district's (word-name-cues.ts). Not کوهستان "the mountains", جلگه "the plain", شهر بزرگ "the big city".
 */
export const NO_PLACE_WORD_NAMES: ReadonlySet<string> = new Set(
  ['جرم', 'نیش', 'سنگین', 'میزان', 'شکی', 'معروف'].map(normalizeName),
);

/**
 * Words that open another clause, perhaps with its own subject ("the ministry refused, but residents said that",
 * "the court heard a farmer, who said that"): what is reported after one is no longer the opening subject's.
 */
export const OTHER_CLAUSE_WORDS: readonly string[] =
  'but who whom whose which while whereas although though because yet'.split(' ');

/** Things counted by "no." ("decree no. 12", "case no. 4", "plot no. 7"), read with DOCUMENT_NOUNS. */
export const NUMBERED_NOUNS: readonly string[] =
  'decree order resolution case file law article item room house gate road plot account permit licence license ticket flight'.split(
    ' ',
  );

/**
 * A forecast's words after a town's name and its colon in a weather list ("Kunduz: light rain, 14°C", «کندز: آفتابی،
 * بیشینه ۱۲»): the sky's state first, as a bulletin reads out each town.
 */
export const FORECAST_SKY_WORDS: readonly string[] = [
  'sunny',
  'mostly sunny',
  'cloudy',
  'partly cloudy',
  'mostly cloudy',
  'overcast',
  'clear',
  'fair',
  'rain',
  'light rain',
  'heavy rain',
  'showers',
  'snow',
  'light snow',
  'heavy snow',
  'sleet',
  'fog',
  'foggy',
  'mist',
  'windy',
  'dusty',
  'hazy',
  'thunderstorms',
  'drizzle',
  'frost',
];
export const DARI_FORECAST_SKY_WORDS: readonly string[] = [
  'آفتابی',
  'ابری',
  'نیمه‌ابری',
  'نیمه ابری',
  'قسماً ابری',
  'قسما ابری',
  'بارانی',
  'باران',
  'برفی',
  'برف',
  'برف‌باری',
  'برفباری',
  'بارش',
  'صاف',
  'غبارآلود',
  'گرد و خاک',
  'توفانی',
  'طوفانی',
  'مه‌آلود',
  'رگبار',
  'یخبندان',
  'بادی',
];

/** What a Dari opinion piece calls itself in its disclaimer: «در این نوشته», «در این یادداشت». */
export const DARI_OPINION_PIECE_NOUNS: readonly string[] = ['نوشته', 'یادداشت', 'مقاله', 'ستون', 'برنامه'];

/**
 * Dari words of degree and duration that open the non-verbal part of a clause before a speech verb ("کمی خاموش
 * ماند و افزود", "لحظه‌ای مکث کرد و گفت"): what follows them is how the speaker paused, never who spoke.
 */
export const DARI_PAUSE_DEGREE_WORDS: ReadonlySet<string> = new Set(
  'کمی اندکی لحظه‌ای لحظه‌یی دمی مدتی لختی قدری چندی'.split(' ').map(normalizeName),
);

/** Things that carry written words ("A sign hangs over her door. "…""): a quotation after them is theirs. */
export const WRITTEN_WORD_CARRIERS: readonly string[] =
  'sign signs poster posters banner banners placard placards slogan slogans notice notices graffiti inscription headline leaflet leaflets billboard plaque label sticker stickers caption reads read written painted printed scrawled engraved'.split(
    ' ',
  );

/** "A herder from Farkhar raised the cost of vaccines:": a speaker from the floor raising a point, then the words. */
export const FLOOR_VERBS: readonly string[] = ['raised', 'raises', 'raise'];
/** An English outlet's title word after the place it is named for: "Shamal Today", "Kunduz Times", "Takhar News". */
export const ENGLISH_OUTLET_NAME_ENDINGS: readonly string[] = [
  'Today',
  'News',
  'Times',
  'Herald',
  'Tribune',
  'Gazette',
  'Observer',
  'Monitor',
  'Online',
  'Express',
  'Chronicle',
];
/** A timeline line's time label other than a weekday, a month or a date: "Tomorrow:", "Later this month:", «فردا:». */
export const TIMELINE_LABEL_WORDS: readonly string[] = [
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'now',
  'later',
  'this',
  'next',
  'last',
  'then',
  'امروز',
  'امشب',
  'فردا',
  'دیروز',
  'اکنون',
  'هفته',
  'هفتهٔ',
  'ماه',
];
/** Outlet title words that are ordinary English too: "in Taloqan Today as …" in a title-case head is the town. */
export const ORDINARY_OUTLET_NAME_ENDINGS: readonly string[] = [
  'Today',
  'News',
  'Online',
  'Express',
  'Monitor',
];
/** Prepositions that put a place's name in a scene ("in Taloqan Today"), not an outlet's ("told Taloqan Today"). */
export const SCENE_PREPOSITIONS_BEFORE_PLACE: readonly string[] = [
  'in',
  'at',
  'near',
  'across',
  'around',
  'over',
  'into',
  'throughout',
];

/**
 * Loan words an outlet's name ends with after a place that Dari prose never uses otherwise («سالنگ نیوز», «کوکچه
 * تایمز»): the outlet's name without any other cue (outlet-names.ts). «آنلاین», «پرس» are words too, so not here.
 */
export const DARI_LOANED_OUTLET_ENDINGS: readonly string[] = ['نیوز', 'تایمز', 'تی‌وی', 'اف‌ام', 'نیوزلاین'];
/**
 * A sports team's emblem before the place it is named for («شاهین آمو», «عقاب‌های هندوکش», «پلنگ‌های سالنگ»): read
 * only where a match or a score stands near (held-names.ts), since «شاهین» is also a man's name.
 */
export const DARI_TEAM_EMBLEMS: readonly string[] = [
  'شاهین',
  'شاهین‌های',
  'شاهینان',
  'عقاب',
  'عقاب‌های',
  'عقابان',
  'پلنگ',
  'پلنگ‌های',
  'پلنگان',
  'شیران',
  'شیرهای',
  'ببر',
  'ببرهای',
  'گرگ‌های',
  'ستاره‌های',
  'ستارگان',
  'سیمرغ',
];
/**
 * Words of a match near a team's name: its game, cup, coach, referee, score (held-names.ts). Not «تیم», «گل»,
 * «قهرمان»: a survey team, a flower, a hero stand near wolves and leopards in ordinary copy.
 */
export const DARI_MATCH_WORDS: readonly string[] = [
  'بازی',
  'جام',
  'لیگ',
  'مربی',
  'سرمربی',
  'بازیکن',
  'بازیکنان',
  'قهرمانی',
  'داور',
  'فوتبال',
  'والیبال',
  'کرکت',
  'مسابقه',
  'نیمهٔ',
  'دروازه‌بان',
];
/** Who is sent on to a town for care ("the injured were transferred to Kunduz"): town-statements.ts. */
export const REFERRED_PEOPLE_EN: readonly string[] = [
  'patient',
  'patients',
  'injured',
  'wounded',
  'casualties',
  'sick',
  'cases',
  'births',
  'survivors',
  'victims',
  'mothers',
];
/** Verbs of sending someone on, before "to" and a town ("referred to", "evacuated to", "sends … on to"). */
export const REFERRAL_VERBS_EN: readonly string[] = [
  'refer',
  'refers',
  'referred',
  'transfer',
  'transfers',
  'transferred',
  'evacuate',
  'evacuates',
  'evacuated',
  'airlifted',
  'rushed',
  'flown',
  'send',
  'sends',
  'sent',
  'taken',
  'brought',
];
/** Words a Dari sentence may set between a town's name and «شهر»: «کندز در گذشته یک شهر … بود». */
export const DARI_ONCE_WORDS: readonly string[] = [
  'در گذشته',
  'روزگاری',
  'زمانی',
  'امروز',
  'امروزه',
  'از قدیم',
  'هنوز',
  'اکنون',
  'حالا',
  'همیشه',
  'قبلاً',
  'سابق',
  'پیش از جنگ',
];
/** Vehicles a Dari trip from a town is made by («از کندز با سه موتر کرایی آمدیم»). */
export const DARI_TRIP_VEHICLES: readonly string[] = [
  'موتر',
  'موترهای',
  'بس',
  'بس‌های',
  'ملی‌بس',
  'تکسی',
  'سراچه',
  'کاستر',
  'فلاینگ‌کوچ',
  'لاری',
  'موترسایکل',
  'طیاره',
  'کاروان',
];
/** Words of the border between provinces side by side («ولایت بغلان را از پروان و کابل جدا می‌سازد»). */
export const BOUNDARY_WORDS: readonly string[] = [
  'هم‌مرز',
  'همسرحد',
  'هم‌سرحد',
  'جدا',
  'borders',
  'bordered',
  'bordering',
  'separates',
  'divides',
];
/** English relatives a person called by a place's name with "jan" is introduced by ("her aunt, Baharak jan"). */
export const RELATIVE_NOUNS_EN: readonly string[] = [
  'aunt',
  'uncle',
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'grandma',
  'sister',
  'brother',
  'daughter',
  'son',
  'cousin',
  'niece',
  'nephew',
  'wife',
  'husband',
];
/** Words of a border only where a side is named («از شمال به تخار محدود است»; «پروازها … محدود است» is none). */
export const SIDED_BOUNDARY_WORDS: readonly string[] = ['محدود', 'همسایه'];
/** The sides a Dari geography names a neighbour on: «از شمال», «در جنوب». */
export const DARI_COMPASS_SIDES: readonly string[] = [
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'شمال‌شرق',
  'شمال‌غرب',
  'جنوب‌شرق',
  'جنوب‌غرب',
];

// Round 26b, Dari speakers (dari-written-voices.ts, dari-tale-characters.ts, dari-box-voices.ts).
/** Groups who sign a Dari letter or petition as one voice: «باشندگان قریهٔ …», «معلمان لیسهٔ …». */
export const DARI_LETTER_GROUPS: readonly string[] = [
  'باشندگان',
  'ساکنان',
  'دهقانان',
  'معلمان',
  'آموزگاران',
  'شاگردان',
  'موسفیدان',
  'ریش‌سفیدان',
  'بزرگان',
  'کارمندان',
  'کارگران',
  'تاجران',
  'دکانداران',
  'رانندگان',
  'داکتران',
  'مهاجران',
  'بیجاشدگان',
  'عودت‌کنندگان',
  'خانواده‌های',
  'اعضای',
  'فعالان',
  'زنان',
  'جوانان',
  'مردم',
];
/** Who a letter names by the letter alone: «نویسندگان نامه», «امضاکنندگان این نامه». */
export const DARI_LETTER_SIGNERS: readonly string[] = ['نویسندگان', 'امضاکنندگان', 'فرستندگان'];
/** Words a group's phrase stops before: prepositions, conjunctions, days («باشندگان قریهٔ X در ولسوالی …»). */
export const DARI_GROUP_PHRASE_STOPS: readonly string[] = [
  'در',
  'با',
  'از',
  'به',
  'که',
  'و',
  'را',
  'نیز',
  'هم',
  'این',
  'آن',
  'برای',
  'تا',
  'روز',
  'دیروز',
  'امروز',
  'خواستار',
  'خواهان',
  'است',
  'اند',
];
/** Kinds of outlet a press review names and then points back to («این روزنامه می‌نویسد»). */
export const DARI_OUTLET_NOUNS: readonly string[] = [
  ...DARI_PUBLICATION_NOUNS,
  ...DARI_SITE_NOUNS,
  'ماهنامه',
  'دوهفته‌نامه',
  'خبرگزاری',
  'مجله',
  'رادیو',
  'تلویزیون',
];
/** Nouns for someone's words an outlet publishes («سخنان یک معلم را نشر کرده است»). */
export const DARI_PUBLISHED_WORDS_NOUNS: readonly string[] = [
  'سخنان',
  'گفته‌های',
  'حرف‌های',
  'اظهارات',
  'صحبت‌های',
];
/** Words before «را» that point back to the subject, not to another whose words were printed («سخنان خود را»). */
export const DARI_PUBLISHED_WORDS_REFLEXIVES: readonly string[] = [
  'خود',
  'خویش',
  'او',
  'وی',
  'ایشان',
  'آنان',
  'آن‌ها',
];
/** Verbs of publishing those words. */
export const DARI_PUBLISHING_STEMS: readonly string[] = [
  'نشر',
  'نقل',
  'آورده',
  'منتشر',
  'بازتاب',
  'چاپ',
  'پخش',
];
/** Characters of a Dari folk tale, who speak by their kind («آسیابان گفت», «دیو نعره زد»). */
export const DARI_TALE_CHARACTERS: readonly string[] = [
  'آسیابان',
  'چوپان',
  'دیو',
  'پری',
  'اژدها',
  'پادشاه',
  'شاهزاده',
  'ملکه',
  'کمپیر',
  'درویش',
  'روباه',
  'گرگ',
  'خرس',
  'پلنگ',
  'زاغ',
  'کبک',
  'لک‌لک',
  'هیزم‌کش',
  'خارکش',
  'ماهی‌گیر',
  'غول',
];
/**
 * Phrases that tell the reader a tale is being told («یکی بود، یکی نبود», «روزی روزگاری»), a comma or none
 * between their halves: news copy's «پادشاه اردن» is no character.
 */
export const DARI_TALE_CUES: readonly string[] = ['یکی بود یکی نبود', 'روزی روزگاری'];
/** Nouns for a tale («قصهٔ …», «این قصه»), a cue of one too. */
export const DARI_TALE_NOUNS: readonly string[] = ['قصه', 'افسانه'];
/** Tale nouns that are also given names («افسانه رحیمی گفت»): a cue only with a mark a name never takes. */
export const DARI_TALE_NOUN_NAMES: readonly string[] = ['افسانه'];
/** Words that may stand after a character's kind as part of its name («دیو سیاه», «گرگ پیر»). */
export const DARI_TALE_EPITHETS: readonly string[] = [
  'سیاه',
  'سفید',
  'سرخ',
  'پیر',
  'جوان',
  'بزرگ',
  'کوچک',
  'دانا',
  'زیرک',
  'ظالم',
  'مهربان',
  'هفت‌سر',
];
/** Boxes a page sets a person's words in, by kind («📌 یادداشت معلم», «پیام مدیر»). */
export const DARI_BOX_WORDS: readonly string[] = ['یادداشت', 'سخن', 'پیام', 'توصیهٔ', 'توصیه', 'نصیحت', 'پند'];
/** A teacher's titles, one list for the box roles «معلم», «استاد» and «آموزگار». */
const DARI_TEACHER_TITLES: readonly string[] = ['استاد', 'معلم', 'آموزگار'];
/** A box's role, with the titles the page names its holder by («معلم» → «استاد فریده نوابی»). */
export const DARI_BOX_ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  معلم: DARI_TEACHER_TITLES,
  استاد: DARI_TEACHER_TITLES,
  آموزگار: DARI_TEACHER_TITLES,
  مدیر: ['مدیر'],
  مربی: ['مربی', 'استاد'],
  داکتر: ['داکتر'],
};
/** What «در» may open before the letter in a sentence quoting it («در بخشی از این نامه», «در ادامهٔ نامه»). */
export const DARI_LETTER_PART_PHRASES: readonly string[] = [
  'بخشی از',
  'قسمتی از',
  'بخش دیگری از',
  'قسمت دیگری از',
  'جای دیگری از',
  'ادامهٔ',
  'ادامه',
  'متن',
  'پایان',
  'آغاز',
];
/** Words that qualify a title, never a name after it: «مدیر عمومی شرکت», «استاد ارشد», «مدیر پیشین». */
export const DARI_TITLE_QUALIFIERS: readonly string[] = [
  'عمومی',
  'اجرایی',
  'ارشد',
  'مسئول',
  'ولایتی',
  'اداری',
  'مالی',
  'پیشین',
  'سابق',
  'کل',
  'تخنیکی',
  'علمی',
  'عالی',
  'جدید',
];
/** Nouns of an old person a feature calls the one it introduced by name and great age («پیرمرد گفت»). */
export const DARI_ELDER_NOUNS: readonly string[] = [
  'پیرمرد',
  'پیرزن',
  'موسفید',
  'ریش‌سفید',
  'مرد کهنسال',
  'زن کهنسال',
];
/** Tens of an old age in words («هشتادوچهار سال دارد»). */
export const DARI_OLD_AGE_TENS: readonly string[] = ['شصت', 'هفتاد', 'هشتاد', 'نود', 'صد'];

/**
 * Words opening a clause about a thing or a person just named ("the banner, which said", "a board that read"): a
 * speech verb inside it is not the sentence subject's (narrator-reported.ts).
 */
export const RELATIVE_CLAUSE_WORDS = set('which that who whom whose where');

/** What an agency does with words in meeting minutes ("UNHCR informed that …", "NRC raised the question of …"). */
export const MINUTES_VERBS = set(`
informed informs raised raises highlighted highlights reminded reminds flagged flags shared shares updated updates
requested requests briefed briefs presented presents mentioned mentions indicated indicates clarified clarifies
expressed expresses emphasised emphasized emphasises emphasizes underlined underlines proposed proposes pointed
recommended recommends appealed appeals echoed echoes
`);

/** Who speaks for an agency in minutes after the agency is named ("The representative added: …"). */
export const AGENCY_VOICES = ['representative', 'delegate', 'focal point', 'colleague', 'spokesperson'];

/** What a site's pager pages through ("Previous lesson:", "Next article:"). */
export const PAGED_PIECE_NOUNS: readonly string[] = [
  'lesson',
  'article',
  'story',
  'post',
  'chapter',
  'episode',
  'part',
  'page',
  'unit',
  'entry',
];
/** What a Dari site's pager pages through («درس قبلی:», «مطلب بعدی:»). */
export const DARI_PAGED_PIECE_NOUNS: readonly string[] = [
  'درس',
  'مطلب',
  'خبر',
  'بخش',
  'قسمت',
  'فصل',
  'صفحه',
  'نوشته',
  'مقاله',
  'برنامه',
  'گزارش',
];

/** The labels of a wire's notes to its clients ("PLANNING NOTE:", "Editor's note:"): the desk's, not the story's. */
export const DESK_NOTE_LABELS: readonly string[] = [
  'planning note',
  'programming note',
  "editor's note",
  'editor’s note',
  "editors' note",
  'editors’ note',
  'editors note',
  'note to clients',
  'desk note',
  'coverage plan',
  'coverage plans',
  'coverage note',
];

/**
 * The fields of an archive's or a catalogue's record over its item ("Accession no.:", "Narrator:", "Date and place
 * of interview:"): a block of them is the record's, not the text.
 */
export const RECORD_FIELD_LABELS: readonly string[] = [
  'collection',
  'series',
  'accession no.',
  'accession number',
  'call number',
  'shelfmark',
  'reference code',
  'item id',
  'catalogue number',
  'narrator',
  'interviewer',
  'interviewee',
  'date of interview',
  'place of interview',
  'date and place of interview',
  'date and place of recording',
  'recorded',
  'recording date',
  'language',
  'languages',
  'duration',
  'running time',
  'extent',
  'format',
  'summary',
  'abstract',
  'keywords',
  'subjects',
  'transcript status',
  'transcribed by',
  'rights',
  'access',
];

/** How a page's own line to its advertisers opens ("To place an ad", «برای نشر آگهی»): the page's, not the text. */
export const ADVERTISER_LINE_OPENERS: readonly string[] = [
  'to place an ad',
  'to place an advert',
  'to place an advertisement',
  'to place a notice',
  'to place a classified',
  'to book an ad',
  'to advertise',
  'advertising rates',
  'advertising rate',
  'ad rates',
  'classified rates',
  'برای نشر آگهی',
  'برای ثبت آگهی',
  'برای چاپ آگهی',
  'برای نشر اعلان',
  'برای نشر اعلانات',
  'نرخ آگهی',
  'نرخ اعلان',
  'نرخ اعلانات',
];
/** Who a blog's or a site's "About …" box presents ("About me —", "About the author:"). */
export const ABOUT_BOX_SUBJECTS: readonly string[] = [
  'me',
  'us',
  'the author',
  'the writer',
  'the blogger',
  'the cook',
];
