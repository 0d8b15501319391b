// Topic vocabulary for synthetic wire stories: the same register as the seed corpus (Gulf security, alliances,
// sanctions), so unrelated synthetic stories share many words and variant detection has to rely on rarer ones.

export const countries = [
  'Saudi Arabia', 'the United Arab Emirates', 'Qatar', 'Kuwait', 'Oman', 'Bahrain', 'Egypt', 'Jordan', 'Iraq',
  'Iran', 'Israel', 'Turkey', 'Lebanon', 'Syria', 'Yemen', 'Pakistan', 'India', 'China', 'Russia', 'France',
  'Germany', 'Britain', 'Italy', 'Japan', 'Morocco', 'Algeria', 'Tunisia', 'Sudan', 'Libya', 'Cyprus',
];
export const cities = [
  'Riyadh', 'Abu Dhabi', 'Doha', 'Kuwait City', 'Muscat', 'Manama', 'Cairo', 'Amman', 'Baghdad', 'Tehran',
  'Jerusalem', 'Ankara', 'Beirut', 'Damascus', 'Sanaa', 'Washington', 'London', 'Paris', 'Geneva', 'Vienna',
  'Brussels', 'Moscow', 'Beijing', 'New York', 'Istanbul', 'Jeddah', 'Dubai', 'Basra', 'Aden', 'Rabat',
];
const first = ['Ahmed', 'Sara', 'John', 'Maria', 'Omar', 'Leila', 'David', 'Fatima', 'Karim', 'Elena', 'Yusuf',
  'Hannah', 'Tariq', 'Nadia', 'Peter', 'Rania', 'Samir', 'Julia', 'Hassan', 'Mona', 'Victor', 'Dalia', 'Imran', 'Zeynep'];
const last = ['Haddad', 'Mansour', 'Walker', 'Khalil', 'Brennan', 'Nasser', 'Okafor', 'Rahimi', 'Lindqvist',
  'Farouk', 'Castellano', 'Qureshi', 'Duval', 'Al-Sayed', 'Hartmann', 'Benali', 'Moreno', 'Tanaka', 'Osei',
  'Petrov', 'Kaya', 'Demir', 'Whitfield', 'Salem', 'Aziz', 'Novak', 'Rossi', 'Abbas', 'Grant', 'Hale'];
/** A person's name; 24 × 30 combinations keep names rare enough to identify a story. */
export const people = first.flatMap((f) => last.map((l) => `${f} ${l}`));
export const roles = ['foreign minister', 'defence minister', 'senior official', 'spokesperson', 'envoy',
  'security adviser', 'army chief', 'energy minister', 'analyst', 'diplomat', 'lawmaker', 'ambassador'];
export const orgs = ['the Gulf Cooperation Council', 'the Arab League', 'the United Nations', 'the European Union',
  'NATO', 'OPEC', 'the International Atomic Energy Agency', 'the World Bank', 'the African Union', 'the IMF'];
export const topics = ['a joint air-defence network', 'a maritime security pact', 'a regional trade corridor',
  'a new sanctions regime', 'a nuclear monitoring deal', 'a counter-terrorism task force', 'a pipeline project',
  'a reconstruction fund', 'a naval patrol agreement', 'an intelligence-sharing accord', 'a border security plan',
  'a missile defence shield', 'a ceasefire framework', 'an arms purchase', 'a desalination programme'];
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
export const saidVerbs = ['said', 'told reporters', 'added', 'noted', 'stressed'];

/** Sentence templates; `{x}` slots are filled per story so a story's names and numbers recur across its copies. */
export const templates = [
  '{c1} and {c2} are moving ahead with {topic}, {n1} sources familiar with the plan {said}.',
  'The plan would link {c1}, {c2} and {c3} under {topic} backed by {org}.',
  '{person1}, the {role1} of {c1}, {said} talks could conclude by {month}.',
  'Officials in {city1} have discussed the idea for at least {n2} months, according to {n1} diplomats.',
  '“We are not trying to create a new bloc,” {person1} {said} in {city1}.',
  'Critics in {city2} warned that {topic} could raise tensions with {c4}.',
  '{c4} has rejected the proposal, calling it “a provocation” aimed at isolating it.',
  'A summit on {topic} is tentatively scheduled for {month} {n3} in {city1}.',
  'The cost of the project is estimated at ${n4} billion over {n2} years.',
  '{person2}, a {role2} in {city2}, {said} the initiative faced “serious obstacles”.',
  'Similar efforts by {org} have stalled in the past over funding and trust.',
  'The {role1} declined to confirm whether {c2} would sign before {month}.',
  '{c3} has not responded to requests for comment on {topic}.',
  'Analysts say {c1} hopes the deal will strengthen its hand against {c4}.',
  'Trade between {c1} and {c2} rose {n5} percent last year, official data show.',
  'At least {n6} people were killed in attacks that {c1} blamed on groups backed by {c4}.',
  '{person2} said the talks in {city2} were “constructive but difficult”.',
  'Under the draft, each member would contribute {n7} personnel to a joint command.',
  'The proposal was first raised at a meeting of {org} in {city1} in {month}.',
  'Parliament in {c3} is expected to vote on the agreement within {n2} weeks.',
  'Opposition figures in {c2} said the government had not consulted lawmakers.',
  '{c4} state media described {topic} as “a recipe for instability”.',
  'The initiative comes as oil prices rose to ${n8} a barrel on Monday.',
  'Diplomats said {person1} would travel to {city2} next week to press the case.',
  'A spokesperson for {org} said it was studying the proposal closely.',
];
/** Inserted editorial clauses an outlet adds to wire copy. */
export const insertions = [
  'which has long been accused of meddling in the region',
  'a move widely criticised by human rights groups',
  'despite repeated warnings from neighbouring states',
  'in what observers described as a major policy shift',
  'long regarded as the main sponsor of instability in the area',
];
/** Paraphrase substitutions outlets apply when rewriting (both directions are used). */
export const synonyms: [string, string][] = [
  ['said', 'stated'], ['plan', 'scheme'], ['proposal', 'initiative'], ['talks', 'negotiations'],
  ['officials', 'authorities'], ['warned', 'cautioned'], ['rejected', 'dismissed'], ['estimated', 'put'],
  ['expected', 'set'], ['according to', 'citing'], ['could', 'might'], ['would', 'will'], ['rose', 'climbed'],
  ['killed', 'left dead'], ['next week', 'in the coming days'], ['at least', 'no fewer than'],
];
