/**
 * Builders for the coder's unit tests (STYLE §2.13): a one-sentence Document
 * written out by hand (tokens, verb groups, participants, clauses), coded
 * actors, candidates and proposals, so that a test of one component states
 * its whole input and no dictionary or parser is loaded.
 */
import type { CodingContext } from '../../src/context.js';
import type { Dictionaries } from '../../src/dictionaries/dictionaries.js';
import type { PatternElement, VerbPattern } from '../../src/dictionaries/verbPatterns.js';
import type { Participant } from '../../src/model/actors.js';
import type { Candidate, Clause, MatchedPattern, Proposal, ProposedMatch } from '../../src/model/coder.js';
import type { SentenceComponent } from '../../src/model/component.js';
import { newDocument, newUnit, type Document, type SentenceUnit } from '../../src/model/document.js';
import type { NounPhrase, SentenceSyntax, VerbGroup } from '../../src/model/text.js';
import { collectingTrace } from '../../src/model/trace.js';
import type { CodedActor, Pos, Token } from '../../src/model/types.js';

/**
 * Tokens of one sentence from "word/POS" items separated by spaces; a lemma
 * other than the lower-cased word follows a colon ("met/VERB:meet"). The
 * story text is the words joined by single spaces: offsets follow from that.
 */
export function tokens(spec: string): Token[] {
  let offset = 0;
  return spec.split(' ').map((item, i) => {
    const slash = item.lastIndexOf('/');
    const text = item.slice(0, slash);
    const [pos, lemma] = item.slice(slash + 1).split(':') as [Pos, string | undefined];
    const t: Token = { i, text, norm: text.toLowerCase(), lemma: lemma ?? text.toLowerCase(), pos, start: offset, end: offset + text.length, sentence: 0 };
    offset = t.end + 1;
    return t;
  });
}

/**
 * A coded actor: `code` is a country (three letters) and sector codes (three
 * letters each): "NRVMIL" is country NRV, sectors [MIL]. `text` and `span`
 * are placeholders unless given.
 */
export function actor(code: string, extra: Partial<CodedActor> = {}): CodedActor {
  const sectors: string[] = [];
  for (let k = 3; k < code.length; k += 3) sectors.push(code.slice(k, k + 3));
  return { code, country: code.slice(0, 3), sectors, text: code, span: [0, 0], rule: 'test', ...extra };
}

/** A verb group around token `head` (start = end - 1 = head unless given), active, asserted, no modality. */
export function verb(head: number, extra: Partial<VerbGroup> = {}): VerbGroup {
  return {
    start: head, end: head + 1, head, negated: false, modality: null, passive: false, past: true, infinitive: false, participle: null,
    ...extra,
  };
}

/** A participant over tokens [start, end) naming `actors` (one noun phrase, index `np`, unless given). */
export function participant(start: number, end: number, actors: CodedActor[], extra: Partial<Participant> = {}): Participant {
  return {
    start, end, nps: [], actors, placeLike: false, headLemma: '', preposition: null, between: null, possessor: [], bothSides: false,
    innerCountries: [], owner: [], ...extra,
  };
}

/** The clause of verb group `verb`: no subject or objects unless given, ending at `end`. */
export function clause(verbIndex: number, end: number, extra: Partial<Clause> = {}): Clause {
  return { verb: verbIndex, subject: null, subjectFromPossessor: false, end, objects: [], governor: null, reportedBy: null, ...extra };
}

/** What a sentence is made of, as the builders above write it. */
export interface SentenceParts {
  tokens: Token[];
  verbs?: VerbGroup[];
  nps?: NounPhrase[];
  participants?: Participant[];
  clauses?: Clause[];
  candidates?: Candidate[];
  proposals?: Proposal[];
}

/**
 * A Document holding one sentence made of `parts` and its unit, as the
 * components before the coder would leave them (no time expressions: the
 * mask is all 0). `npOf`/`vgOf` are filled from the phrases and verb groups.
 */
export function sentenceDoc(parts: SentenceParts): { doc: Document; unit: SentenceUnit } {
  const toks = parts.tokens;
  const text = toks.map((t) => t.text).join(' ');
  const doc = newDocument({ id: 'test', date: '2024-03-14', text });
  doc.tokens = toks;
  doc.sentences = [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: toks.length }];
  doc.mask = new Uint8Array(toks.length);
  const unit = newUnit(doc.sentences[0]!);
  const nps = parts.nps ?? [];
  const verbs = parts.verbs ?? [];
  const syntax: SentenceSyntax = {
    start: 0, end: toks.length, nps, verbs, npOf: new Int32Array(toks.length).fill(-1), vgOf: new Int32Array(toks.length).fill(-1),
  };
  nps.forEach((np, n) => syntax.npOf.fill(n, np.start, np.end));
  verbs.forEach((v, n) => syntax.vgOf.fill(n, v.start, v.end));
  unit.syntax = syntax;
  unit.participants = parts.participants ?? [];
  unit.clauses = parts.clauses ?? [];
  unit.candidates = parts.candidates ?? [];
  unit.proposals = parts.proposals ?? [];
  doc.units = [unit];
  return { doc, unit };
}

/** A candidate of verb token `verb` (clause 0) from `source` to `target` with CAMEO `code`; asserted, not reported, no notes. */
export function candidate(source: CodedActor, target: CodedActor | null, code: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    sentence: 0, verb: 1, clause: 0, source, target, code, pattern: { dictionary: 'test.txt', line: 1, text: `${code} test` },
    negated: false, hypothetical: false, attribution: null, speaker: null, notes: [], embedded: false, future: false, consumed: [1],
    governorClause: null, ...extra,
  };
}

/** A matched pattern coding `code` (line 1 of test.txt), properties as given. */
export function pattern(code: string, extra: Partial<MatchedPattern> = {}): MatchedPattern {
  return { code, ref: { dictionary: 'test.txt', line: 1, text: `${code} test` }, ...extra };
}

/**
 * The verb matcher's proposal for clause `clauseIndex`: `pat` matched with no
 * source or target slot filled unless `match` says so; working fields as the
 * matcher leaves them (no actors, the pattern's code, no notes) unless given.
 */
export function proposal(clauseIndex: number, pat: MatchedPattern, match: Partial<ProposedMatch> = {}, extra: Partial<Proposal> = {}): Proposal {
  return {
    clause: clauseIndex,
    match: { pattern: pat, words: 1, target: null, source: null, patientUsed: false, consumed: [], end: 0, thingTarget: false, ...match },
    passiveRoles: false, speaker: null, attribution: null, sources: [], targets: [], code: pat.code, notes: [], negated: false,
    modality: null, future: false, hypothetical: false, pairs: [], secondary: [], ...extra,
  };
}

/** Actor codes, "-" for none: `codes([NRV, null])` is ['NRV', '-']. */
export function codes(actors: readonly (CodedActor | null)[]): string[] {
  return actors.map((a) => a?.code ?? '-');
}

/** Pairs as "SOURCE TARGET" strings ("-" for no target). */
export function briefPairs(pairs: readonly (readonly [CodedActor, CodedActor | null])[]): string[] {
  return pairs.map(([a, b]) => `${a.code} ${b?.code ?? '-'}`);
}

/** What a component needs of the run, for tests: a collecting trace (its lines in `lines`), no negated events, no new actors. */
export function testContext(lines: string[] = []): CodingContext {
  return {
    dict: null as never, gazetteer: null as never, trace: collectingTrace(lines), includeNegated: false, newActorLength: 0,
    commaLimits: { min: 0, max: 0, bmin: 0, bmax: 0, emin: 0, emax: 0 },
  };
}

/** Runs sentence component `c` over the one unit of `doc` with `ctx`; returns the unit. */
export function runOn<Ctx>(c: SentenceComponent<Ctx>, s: { doc: Document; unit: SentenceUnit }, ctx: Ctx): SentenceUnit {
  c.run(s.doc, s.unit, ctx);
  return s.unit;
}

/** Candidates as compact "SOURCE CODE TARGET" strings, in order. */
export function briefCandidates(cs: readonly Candidate[]): string[] {
  return cs.map((c) => `${c.source.code} ${c.code} ${c.target?.code ?? '-'}`);
}

/**
 * A compiled verb (or noun) pattern written out: `code` for the verb `verbLemma`
 * followed by `rest` (words as `['with']`, '+' target, '$' source, '^' one phrase), line
 * `line` of test.txt, earlier lines winning ties.
 */
export function verbPattern(code: string, verbLemma: string, rest: (string[] | '+' | '$' | '^')[], line: number, extra: Partial<VerbPattern> = {}): VerbPattern {
  const slots: Record<string, PatternElement> = { '+': { kind: 'target' }, '$': { kind: 'source' }, '^': { kind: 'skip' } };
  const elements: PatternElement[] = rest.map((e) => (typeof e === 'string' ? slots[e]! : { kind: 'words', alts: [e] }));
  const text = `${code} ${verbLemma} ${rest.map((e) => (typeof e === 'string' ? e : e.join(' '))).join(' ')}`.trim();
  return {
    code, root: code === '---' ? 0 : Number(code.slice(0, 2)), verbs: [verbLemma], rest: elements,
    required: rest.filter((e): e is string[] => Array.isArray(e)).map((e) => [e[0]!]),
    specificity: 1 + rest.filter(Array.isArray).length, ref: { dictionary: 'test.txt', line, text }, order: line, ...extra,
  };
}

/** Dictionaries holding only these verb and noun patterns, by lemma (what the matchers read). */
export function patternDictionaries(verbs: VerbPattern[], nouns: VerbPattern[] = []): Dictionaries {
  const index = (ps: VerbPattern[]): Map<string, VerbPattern[]> => {
    const m = new Map<string, VerbPattern[]>();
    for (const p of ps) m.set(p.verbs[0]!, [...(m.get(p.verbs[0]!) ?? []), p]);
    return m;
  };
  return { verbs: index(verbs), nouns: index(nouns) } as Partial<Dictionaries> as Dictionaries;
}
