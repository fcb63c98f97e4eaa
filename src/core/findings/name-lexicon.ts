// Words that are capitalised in news text but are not parts of person names, and the offices
// and nationality adjectives that make up titles. Kept as data so the policy is visible.

export const NOT_NAME_WORDS = new Set(
  (
    // sentence openers and function words that start sentences
    'The A An In On At For From By With As And But Or If When While After Before Since Until During ' +
    'This That These Those It Its He She They We I You Our Their His Her Both Each Other Some Any All ' +
    'Meanwhile Moreover However Also Then There Here Read Source Next More Written Published Connect ' +
    'Others According Under Addressing Emphasizing Emphasising Do Get Hi Copyright Handout Photo Press Service ' +
    // honorifics and generation suffixes ("Clapper Jr." is Clapper)
    'Mr Mrs Ms Dr Sir PM FM Jr Sr II III IV ' +
    // offices and ranks
    'President Vice Prime Minister Ministry Foreign Affairs Defence Defense Finance Interior State Councillor ' +
    'Councilor Secretary Adviser Advisor National Security Council Director Chairman Chairwoman Premier ' +
    'Chancellor Ambassador Spokesperson Spokesman Spokeswoman Senator Governor Mayor King Queen Prince ' +
    'General Commander Chief Deputy Leader Head Official Counterpart CEO Dr ' +
    'Speaker Representative Rep Sen Gov Congressman Congresswoman Judge Justice Attorney ' +
    // military and police ranks: "Captain Ilse Marek" is Ilse Marek
    'Captain Capt Lieutenant Lt Colonel Col Major Maj Sergeant Sgt Corporal Cpl Private Pvt Admiral Adm ' +
    'Commodore Marshal Brigadier Sheriff Inspector Detective Det Constable Officer Commissioner ' +
    // parties: "Republican Pat Toomey" is Pat Toomey
    'Republican Republicans Democrat Democrats Democratic GOP ' +
    // nationality adjectives
    'Chinese Russian American Ukrainian British French German Italian Japanese Korean North South East West ' +
    'Western Eastern Indian Malaysian Singaporean Indonesian Hungarian Taiwanese Sino ' +
    // places
    'China Russia Ukraine Beijing Moscow Kyiv Kiev Washington Jakarta Indonesia Malta Taiwan Xinjiang Tibet ' +
    'Hong Kong India Gaza Europe Asia Asian Eurasia Pacific France Italy Germany Hungary Singapore Myanmar ' +
    'Thai Thailand Idaho Sun Valley Kremlin Strait Malaysia America Africa Japan Korea Syria Iran Israel ' +
    // organisations and institutions
    'Association Nations Southeast ASEAN Organization Organisation Cooperation Shanghai Summit Assembly ' +
    'UN NATO SCO EU US UK AFP AP Reuters Xinhua Sputnik Tass Agency News Post Morning Journal Digital House ' +
    'White Department Communist Party Commission Central Mechanism Consultation Strategic Forum Group ' +
    'Knowledge SCMP Aseanplus Cold War Union Federation Republic Kingdom States Times Service Newsroom ' +
    // calendar words
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Sept Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec ' +
    // other capitalised nouns common in news
    'World Business Tech Science Space Telescope Olympics Internet Covid God Christmas'
  ).split(' '),
);

/**
 * Words that end the name of an organisation: the capitalised words before one name a body, not a
 * person ("the Ohio Christian Alliance", "Harwick Dock Workers Union"), whether or not the corpus
 * uses the word in lower case too.
 */
export const ORGANISATION_HEADS = new Set(
  ('Alliance Association Coalition Committee Council Foundation Institute Center Centre Campaign Society League Fund Trust ' +
    'Bank Corporation Company Inc Corp University College School Church Caucus Conference Club Initiative Partnership Board ' +
    'Authority Bureau Hospital Academy Administration Union Party Commission Federation Department Agency Organization Organisation').split(' '),
);

/** Offices, longest first so "foreign minister" wins over "minister". Generic descriptions ("leader", "top diplomat") are not offices. */
export const OFFICES = [
  'national security adviser', 'national security advisor', 'security council secretary', 'secretary of state',
  'state councillor', 'state councilor', 'foreign minister', 'defence minister', 'defense minister',
  'prime minister', 'finance minister', 'vice president', 'deputy prime minister', 'minister', 'president',
  'premier', 'chancellor', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'director',
  'chairman', 'chairwoman', 'governor', 'mayor', 'fm', 'pm',
].sort((a, b) => b.length - a.length);

/** Words that make an appositive ("Wang, who is also director of …") a role. */
export const OFFICE_WORD = /\b(?:minister|councill?or|director|secretary|president|chairman|chairwoman|official|adviser|advisor|ambassador|premier|spokes(?:person|man|woman)|chancellor|governor)\b/i;

/** Nationality adjectives and possessives, mapped to the country. */
export const DEMONYMS: Record<string, string> = {
  chinese: 'china', "china's": 'china', 'china’s': 'china', "beijing's": 'china', 'beijing’s': 'china',
  russian: 'russia', "russia's": 'russia', 'russia’s': 'russia', "moscow's": 'russia', 'moscow’s': 'russia',
  us: 'united states', 'u.s.': 'united states', american: 'united states', 'north korean': 'north korea',
  ukrainian: 'ukraine', "ukraine's": 'ukraine', 'ukraine’s': 'ukraine', british: 'united kingdom',
  french: 'france', german: 'germany', indian: 'india', japanese: 'japan',
};
