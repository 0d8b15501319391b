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

/**
 * Sentences are composed per story from the parts below (who speaks, how, what, and where or when), so unrelated
 * stories share what unrelated wire stories share (the beat's names, topic words, stock phrases such as "told
 * reporters" or "according to diplomats", the odd boilerplate line) but rarely a whole sentence; `{x}` slots are
 * filled per story, so a story's names and numbers recur across its copies.
 */
export const speakers = [
  '{person1}, the {role1} of {c1},', '{person2}, a {role2} in {city2},', 'Officials in {city1}',
  'A spokesperson for {org}', 'Diplomats in {city2}', 'Analysts in {city1}', 'Opposition figures in {c2}',
  '{c4} state media', 'A senior official in {c3}', 'Lawmakers in {c3}', 'Two people familiar with the talks',
  'Military officers in {c1}', '{person1}', '{person2}', 'The {role1}', 'An adviser to the {role2} of {c2}',
  'Bankers in {city2}', 'A statement from {org}',
];
export const speechVerbs = [
  'said', 'told reporters', 'warned', 'argued', 'insisted', 'acknowledged', 'told a news conference',
  'wrote in a statement', 'said on state television', 'told lawmakers', 'confirmed', 'suggested',
];
/** What a claim is about: singular noun phrases, so any subject fits any predicate. */
export const subjects = [
  '{topic}', 'the plan', 'the proposal', 'the draft agreement', 'the talks in {city1}', '{c1}', '{c2}',
  'the financing of {topic}', 'a deal with {c2}', 'the summit in {city2}', 'the first phase', 'the joint command',
  '{org}', 'the opposition in {c3}', 'the government in {city1}', 'the timetable', 'funding from {org}',
  'the inspection regime', 'the treaty text', 'the parliament of {c3}',
];
/** What is claimed of a subject. */
export const predicates = [
  'could be concluded by {month}', 'would link {c1}, {c2} and {c3}', 'faced serious obstacles over trust',
  'was estimated to cost ${n4} billion', 'had been delayed for {n2} months', 'would be signed in {city1} on {month} {n3}',
  'was expected to need {n7} personnel', 'had been revised {n1} times', 'was not aimed at {c4}',
  'would be paid for mostly by oil revenue', 'had the backing of {n1} member states', 'risked provoking {c4}',
  'was still being studied closely', 'had been rejected by {c4} as a provocation', 'would not survive a vote in {c3}',
  'depended on guarantees from {org}', 'was first raised at a meeting in {city2}', 'could raise tensions with {c4}',
  'had stalled over funding', 'would be reviewed after {n2} years', 'was a recipe for instability',
  'needed the approval of {org}', 'came too late to matter', 'had not been shown to lawmakers',
  'was the most ambitious in decades', 'would cover {n6} kilometres of coastline', 'had split the cabinet',
  'was discussed by telephone on {month} {n3}', 'would include a clause on {c4}', 'remained on track despite the delays',
];
/** Statements of fact, told without a speaker. */
export const facts = [
  'Trade between {c1} and {c2} rose {n5} percent last year', 'At least {n6} people were killed in attacks that {c1} blamed on groups backed by {c4}',
  'Oil prices rose to ${n8} a barrel', '{c3} has not responded to requests for comment', '{c4} recalled its ambassador from {city1}',
  'Protesters gathered outside the parliament in {city2}', 'The currency of {c2} fell {n5} percent against the dollar',
  'A convoy of {n6} trucks crossed into {c3}', '{person2} arrived in {city1} for {n1} days of meetings',
  'Shares in defence companies in {city2} rose {n5} percent', '{org} postponed a meeting planned for {month} {n3}',
  '{n7} troops took part in exercises near the border with {c4}', 'The foreign ministers of {c1} and {c3} met for {n1} hours',
  'Talks on {topic} began in {month}', '{c2} signed a similar accord with {c3} {n2} years ago',
];
/** Short quotations, said by a named person. */
export const quotes = [
  'We are not trying to create a new bloc', 'Nobody should mistake patience for weakness', 'This is a question of survival for the region',
  'The door remains open', 'We will not be dictated to', 'Every day of delay costs lives', 'There is no plan B',
  'We have made real progress, but we are not there yet', 'This agreement protects our people', 'The numbers simply do not add up',
  'We expect our partners to keep their word', 'It is too early to say',
];
/** Where, when or on whose word: endings that set a sentence in its story. */
export const tails = [
  '', '', '', ' on Monday', ' on Tuesday', ' on Wednesday', ' on Thursday', ' last week', ' in {city1}', ' after talks in {city2}',
  ', according to {n1} diplomats', ' earlier this month', ' during a visit to {city2}', ' late on Sunday', ' in {month}',
  ', officials said', ', a person briefed on the matter said',
];
/** Headline frames. */
export const titles = [
  '{c1} and {c2} push {topic} amid {c4} tensions', '{c4} rejects {topic} backed by {c1}', 'Talks on {topic} stall in {city1}',
  '{person1} defends {topic}', '{c1}, {c2} near deal on {topic}', '{org} weighs {topic} for {c3}',
  'Doubts grow over {topic} in {city2}', '{c3} parliament to vote on {topic}',
];
/** Lines many unrelated stories end with. */
export const boilerplate = [
  'This story has been updated with additional reporting.', 'Additional reporting by our correspondents in the region.',
  'The agency contributed to this report.', 'Follow our live coverage for the latest updates.',
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
