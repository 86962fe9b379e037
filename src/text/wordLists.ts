/** Closed-class word lists the shallow parser needs. Lower case. */

/** Modals of the future: "will meet". */
export const MODAL_FUTURE: ReadonlySet<string> = new Set(['will', "'ll", 'shall']);
/** Modals of the conditional: "would meet". */
export const MODAL_CONDITIONAL: ReadonlySet<string> = new Set(['would', "'d"]);
/** Modals of a possibility, not an event: "could meet", "may meet". */
export const MODAL_HYPOTHETICAL: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'should', 'must', 'ought']);
/** Words that negate a verb group: "did not meet", "never met". */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nt']);
/** Pronouns that open a relative clause: "the militia that attacked". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Possessive determiners: "its troops". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Auxiliaries of the past: "was held", "had met". */
export const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', "'d"]);
/** Words that open an adverbial clause and may stand right before its subject: "after rebels shelled the town". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after', 'before', 'since', 'until', 'till', 'while', 'because', 'as', 'although', 'though', 'once', 'unless', 'if',
  'when', 'whereas', 'whenever', 'whilst',
]);
/** Forms of "be" (and "get") that make a participle passive: "was besieged", "got arrested". */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets', 'getting', 'gotten']);

/** Verbs that report speech or a source's account: their complement clause is reported. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'state', 'tell', 'add', 'announce', 'declare', 'stress', 'emphasize', 'emphasise', 'note', 'claim',
  'insist', 'report', 'remark', 'confirm', 'indicate', 'affirm', 'reiterate', 'underline', 'underscore',
  'explain', 'argue', 'assert', 'believe', 'think', 'suggest', 'allege', 'write', 'tweet', 'maintain',
  'acknowledge', 'admit', 'reveal', 'disclose', 'observe', 'comment', 'quote', 'describe', 'point',
]);

/**
 * Verbs that take an infinitive whose event is only intended: "agreed to meet",
 * "pledged to send aid" (CAMEO 03: express intent to cooperate).
 */
export const INTENT_VERBS: ReadonlySet<string> = new Set([
  'agree', 'pledge', 'vow', 'promise', 'plan', 'intend', 'offer', 'want', 'seek', 'hope', 'aim', 'prepare',
  'expect', 'propose', 'wish', 'aspire', 'mean', 'undertake', 'commit', 'resolve', 'volunteer', 'consider',
]);

/** Nouns whose infinitive is intended, with the possessor as the source: "Tehran's readiness to expand". */
export const INTENT_NOUNS: ReadonlySet<string> = new Set([
  'readiness', 'willingness', 'plan', 'intention', 'intent', 'pledge', 'promise', 'offer', 'proposal',
  'desire', 'bid', 'commitment', 'determination', 'wish', 'resolve', 'preparedness', 'eagerness',
]);

/** Nouns whose infinitive reports a decided act: "Washington's decision to pull its troops out". */
export const DECISION_NOUNS: ReadonlySet<string> = new Set(['decision', 'move', 'order', 'attempt', 'effort', 'step', 'choice']);

/** Verbs that refuse the infinitive's event ("refused to meet" → CAMEO 12 reject). */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(['refuse', 'decline', 'reject']);

/** Verbs that threaten the infinitive's event ("threatened to attack" → CAMEO 13 threaten). */
export const THREAT_VERBS: ReadonlySet<string> = new Set(['threaten', 'warn']);

/** Prepositions after which a bare place name is a location, not a participant. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around', 'over', 'along', 'beyond', 'off',
]);

/** Irregular past participles (for passive voice): the regular ones end in -ed. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'held', 'made', 'taken', 'given', 'seen', 'done', 'sent', 'shot', 'hit', 'beaten', 'struck', 'stricken', 'led',
  'brought', 'caught', 'fought', 'thrown', 'driven', 'found', 'told', 'built', 'met', 'kept', 'left', 'put', 'set',
  'sold', 'bought', 'shown', 'known', 'blown', 'torn', 'won', 'lost', 'spent', 'paid', 'laid', 'sought', 'taught',
  'thought', 'written', 'spoken', 'broken', 'chosen', 'frozen', 'stolen', 'forgotten', 'forgiven', 'hidden',
  'bitten', 'ridden', 'arisen', 'overthrown', 'withdrawn', 'undertaken', 'overtaken', 'shut', 'cut', 'hurt', 'quit',
  'bound', 'ground', 'wound', 'slain', 'begun', 'run', 'become', 'come', 'gone', 'been', 'fed', 'fled', 'bled',
  'read', 'said', 'heard', 'sworn', 'upheld', 'withheld', 'dealt', 'meant', 'felt', 'sent', 'lent', 'bent', 'spread',
]);

/**
 * British spellings dyad reads as American ones, so that a dictionary written
 * in one spelling matches text in the other ("defence minister" finds
 * `DEFENSE_MINISTER`): whole words (plurals follow), and `-our` stems whose
 * derived words change alike ("armoured" → "armored"). `-isation` and
 * `-ise(d|s|r)` are rules in `americanSpelling`.
 */
export const BRITISH_WORDS: Readonly<Record<string, string>> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  centre: 'center', theatre: 'theater', metre: 'meter', litre: 'liter', fibre: 'fiber', sabre: 'saber', spectre: 'specter',
  calibre: 'caliber', programme: 'program', catalogue: 'catalog', analogue: 'analog', counsellor: 'counselor',
  councillor: 'councilor', traveller: 'traveler', jewellery: 'jewelry', grey: 'gray', tyre: 'tire', cheque: 'check',
  manoeuvre: 'maneuver', aluminium: 'aluminum', sceptic: 'skeptic', paediatrician: 'pediatrician', enrolment: 'enrollment',
  kidnapper: 'kidnaper', worshipper: 'worshiper', gaol: 'jail', plough: 'plow', mould: 'mold',
};
/** British `-our` stems: their derived words change alike ("armoured" → "armored"). */
export const BRITISH_OUR_STEMS: readonly string[] = [
  'labour', 'colour', 'honour', 'favour', 'harbour', 'neighbour', 'armour', 'rumour', 'behaviour', 'endeavour', 'saviour',
  'vapour', 'valour', 'vigour', 'humour', 'odour', 'parlour', 'tumour', 'clamour', 'ardour', 'fervour', 'rancour', 'splendour',
];
/** Words spelled -ise on both sides of the Atlantic: the -ise → -ize rule leaves them (and their forms) alone. */
export const ISE_BOTH: ReadonlySet<string> = new Set([
  'promise', 'exercise', 'compromise', 'enterprise', 'surprise', 'expertise', 'premise', 'franchise', 'advertise', 'merchandise',
  'otherwise', 'precise', 'concise', 'chastise', 'supervise', 'televise', 'revise', 'devise', 'improvise', 'advise', 'disguise',
  'despise', 'comprise', 'apprise', 'demise', 'excise', 'incise', 'circumcise', 'treatise', 'paradise', 'raise', 'praise', 'noise',
  'poise', 'cruise', 'bruise', 'practise', 'reprise', 'valise', 'mortise', 'anise',
]);

/** Verbs whose object, not subject, does the infinitive: "urged Iran to release" (object control). */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'urge', 'ask', 'call', 'tell', 'order', 'force', 'help', 'allow', 'persuade', 'invite', 'encourage', 'press', 'pressure', 'request',
]);

/** Words that end a clause wherever they stand after its verb: punctuation and subordinating conjunctions. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  '.', ';', ':', '?', '!', 'because', 'while', 'although', 'though', 'whereas', 'if', 'unless', 'whether', 'after', 'before', 'when',
  'since', 'as',
]);

/** Words tagged SCONJ that do not end a clause: they open a phrase of it ("instead of", "for", "with"). */
export const PHRASE_SCONJ: ReadonlySet<string> = new Set(['of', 'for', 'with', 'in', 'on', 'to']);

/** Pronouns that open a relative clause after a comma: ", who toured Tharbad,". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'where']);

/** Prepositions of a phrase that completes a noun before a participle: "an agreement on military cooperation signed in 2015". */
export const NOUN_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'with', 'between', 'over', 'for']);

/** Adjectives after a verb that make its infinitive intended: "is ready to expand", "are set to meet". */
export const READINESS_AFTER_VERB: ReadonlySet<string> = new Set(['ready', 'willing', 'prepared', 'determined', 'eager', 'keen', 'set', 'poised']);

/** Adjectives right before an infinitive that make it intended: "stands ready to help". */
export const READINESS_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['ready', 'willing', 'prepared']);

/** "at least", "at most": with "at", a count inside a noun phrase ("at least 30 protesters"). */
export const AT_QUANTIFIERS: ReadonlySet<string> = new Set(['least', 'most']);
/** "more than", "fewer than": before "than" and a number, a count inside a noun phrase. */
export const COMPARATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);
/** Determiners that open a clause, not a noun phrase: "that", "which", "what", "whatever". */
export const CLAUSE_DETERMINERS: ReadonlySet<string> = new Set(['that', 'which', 'what', 'whatever']);
/** Adverbs that do not join a noun phrase before an adjective: "also", "not", "then", "now". */
export const NON_PHRASE_ADVERBS: ReadonlySet<string> = new Set(['also', 'not', 'then', 'now']);
/** Auxiliaries of the perfect: "has met", "have signed". */
export const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have']);
