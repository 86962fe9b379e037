import { tokensText } from '../actors/participants.js';
import { actorsOf, type StoryDyad } from './actorsOf.js';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import type { VerbPattern } from '../dictionaries/verbPatterns.js';
import type { CodedActor, Token } from '../model/types.js';
import { describe } from '../ontology/cameo.js';
import { verbKeys } from '../text/retag.js';
import { LOCATIVE_PREPOSITIONS, MODAL_CONDITIONAL, MODAL_HYPOTHETICAL, SPEECH_VERBS } from '../text/wordLists.js';
import { petrarchSource } from './petrarchSource.js';
import { matchPattern, windowWords, type MatchContext, type PatternMatch } from './match.js';
import { intentCode, rejectionCode, threatCode } from './modality.js';
import type { Trace } from '../model/trace.js';
import type { Participant } from '../model/actors.js';
import type { SentenceSyntax } from '../model/text.js';
import type { Candidate, Clause } from '../model/coder.js';

/** How PETRARCH codes where dyad deliberately differs (see `CodeOptions.petrarchCompatible`). */
export interface PetrarchMode {
  /**
   * PETRARCH's `new_actor_length`: a subject or target phrase of at most this many words that names
   * no actor is coded as a new actor, its words in capitals and quotes ("THE MINISTRY OF MAGIC"); 0 = never.
   */
  newActorLength: number;
}

/** A verb's patterns by the first word their first required element can start with; `null` holds those with none. */
const patternIndex = new WeakMap<VerbPattern[], Map<string | null, VerbPattern[]>>();

/**
 * The patterns of a verb that may match, in their original order: those with
 * no required word, and those whose first required element can start with a
 * word after the verb. ("threaten" has hundreds of patterns; a clause offers few words.)
 */
function plausible(candidates: VerbPattern[], words: Set<string>): VerbPattern[] {
  let index = patternIndex.get(candidates);
  if (!index) {
    index = new Map();
    for (const p of candidates) {
      for (const w of p.required[0] ?? [null]) {
        const list = index.get(w) ?? [];
        list.push(p);
        index.set(w, list);
      }
    }
    patternIndex.set(candidates, index);
  }
  const found = new Set<VerbPattern>(index.get(null) ?? []);
  for (const w of words) for (const p of index.get(w) ?? []) found.add(p);
  return found.size === candidates.length ? candidates : candidates.filter((p) => found.has(p));
}

/**
 * The clause of the nearest earlier verb whose clause reaches verb `n`: for an
 * infinitive that hangs on a noun ("abandoned efforts to stop …"), the verb
 * whose phrase holds it.
 */
function enclosingClause(syntax: SentenceSyntax, clauses: Clause[], n: number): number | null {
  const start = syntax.verbs[n]!.start;
  for (let m = n - 1; m >= 0; m--) if (clauses[m]!.end > start) return m;
  return null;
}

/** Whether the words a PETRARCH pattern took before its verb (token `verb`) include one of `words` ("WILL NOT *", "INDICATED SHOULD *"). */
function namedBeforeVerb(m: PatternMatch, tokens: Token[], verb: number, words: ReadonlySet<string>): boolean {
  return !!m.pattern.before && m.consumed.some((k) => k < verb && words.has(tokens[k]!.norm));
}

/** Negations a PETRARCH pattern may name before its verb ("- WILL NOT *", "- NEITHER *"). */
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither']);

/**
 * Whether tokens [from, end) hold a noun phrase, or a time named in a
 * prepositional phrase ("on Saturday": PETRARCH's parser makes that a noun
 * phrase); a bare time word ("said today", "met Monday") is none.
 */
function hasObjectPhrase(tokens: Token[], syntax: SentenceSyntax, from: number, end: number, time: Uint8Array): boolean {
  if (syntax.nps.some((np) => np.start >= from && np.start < end)) return true;
  for (let k = from; k < end; k++) {
    // the time's first word is a preposition ("on Saturday" as one expression), or follows one
    if (time[k - syntax.start] && !time[k - 1 - syntax.start] && (tokens[k]!.pos === 'ADP' || tokens[k - 1]?.pos === 'ADP')) return true;
  }
  return false;
}

/** Codes that hold between both members of a compound subject when no target is named: "Iran and Russia met". */
const SYMMETRIC = /^(03|04|057|06|0871|190|193|194|195|196)/;

/**
 * Codes one sentence: matches each verb group's patterns, picks the most
 * specific, and turns subject and object actors into candidate events with
 * voice, negation, modality, reported speech and compounds applied.
 * `petrarch` (PETRARCH mode, for `dyad validate`): a PETRARCH pattern on a passive verb without a "by"
 * agent keeps the subject as source; an infinitive complement is not coded
 * when its governing verb (or the verb whose phrase holds its noun) was, nor an adverbial clause ("after X did Y")
 * when an earlier clause of the sentence was, as PETRARCH codes them; the
 * source is searched as PETRARCH does when the pattern took the subject as
 * target or the subject names no country (`petrarchSource`); and a
 * subject or object phrase that names no actor becomes a new actor when
 * `newActorLength` allows it.
 */
export function codeSentence(
  tokens: Token[], sentence: number, syntax: SentenceSyntax, parts: Participant[], clauses: Clause[],
  time: Uint8Array, dict: Dictionaries, story: StoryDyad, trace: Trace, petrarch: PetrarchMode | null = null,
): Candidate[] {
  const partAt = new Int32Array(syntax.end - syntax.start).fill(-1);
  parts.forEach((p, n) => { for (let k = p.start; k < p.end; k++) partAt[k - syntax.start] = n; });
  const out: Candidate[] = [];
  clauses.forEach((c, n) => {
    const v = syntax.verbs[n]!;
    const head = tokens[v.head]!;
    let candidates = dict.verbs.get(head.lemma);
    if (!candidates) {
      const key = verbKeys(head).find((k) => dict.verbs.has(k));
      candidates = key ? dict.verbs.get(key) : undefined;
    }
    // PETRARCH verbs are written as words ("LEFT [032:033]" beside "LEAVE"): the written form's own patterns count too
    const surface = head.norm !== head.lemma ? dict.verbs.get(head.norm) : undefined;
    if (surface?.some((p) => p.asWritten)) candidates = [...surface, ...(candidates ?? []).filter((p) => !surface.includes(p))];
    if (!candidates || head.pos === 'AUX') return;
    const governingVerb = c.governor && 'verb' in c.governor ? c.governor.verb : null;
    const governing = governingVerb ?? (petrarch && v.infinitive ? enclosingClause(syntax, clauses, n) : null);
    if (petrarch && governing !== null && out.some((x) => x.clause === governing)) {
      trace(() => `verb "${head.text}": complement of a coded verb: not coded (as PETRARCH)`);
      return;
    }
    if (petrarch && c.adverbial && out.length > 0) {
      // PETRARCH codes a verb phrase whole: an "after X did Y" clause inside an already coded one is not coded apart
      trace(() => `verb "${head.text}": adverbial clause of a coded verb: not coded (as PETRARCH)`);
      return;
    }
    const ctx: MatchContext = {
      tokens, syntax, parts, partAt, time, end: c.end, patient: v.passive && c.subject !== null ? c.subject : null,
      thingTargets: false, words: null, reachThrough: false,
    };
    let best: PatternMatch | null = null;
    const compoundSubject = c.subject !== null && parts[c.subject]!.actors.length > 1;
    ctx.words = windowWords(ctx, v.head);
    for (const p of plausible(candidates, ctx.words)) {
      ctx.thingTargets = p.root >= 17;
      ctx.reachThrough = p.root === 5 || (p.root >= 11 && p.root <= 13) || p.root >= 17;
      if (p.compoundSubject && !compoundSubject) continue;
      ctx.innerActors = !!p.asWritten;
      ctx.petrarch = !!petrarch && !!p.asWritten;
      const m = matchPattern(ctx, p, v.head);
      if (m && p.compoundSubject) m.words += 0.5; // PETRARCH "% *": more specific than the bare verb
      if (m && surface?.includes(p)) m.words += 0.25; // the verb as written beats its lemma's block
      if (m && (!best || m.words > best.words || (m.words === best.words && p.order < best.pattern.order))) best = m;
    }
    if ((!best || (best.pattern.asWritten && best.pattern.rest.length === 0)) && candidates.some((p) => p.asWritten && p.rest.length > 0)) {
      // a PETRARCH pattern spans the verb's whole phrase, complement clauses included ("allowed that X is a really pleasant place")
      const wide: MatchContext = { ...ctx, end: syntax.end, words: null };
      for (const p of candidates) {
        if (!p.asWritten || p.rest.length === 0 || (p.compoundSubject && !compoundSubject)) continue;
        wide.thingTargets = p.root >= 17;
        wide.innerActors = true;
        wide.petrarch = !!petrarch;
        const m = matchPattern(wide, p, v.head);
        if (m && (!best || m.words > best.words)) best = m;
      }
    }
    trace(() => `verb "${head.text}": ${candidates.length} pattern(s)${best ? `, best ${best.pattern.ref.dictionary}:${best.pattern.ref.line} "${best.pattern.ref.text}"` : ', none matched'}`);
    if (!best) return;
    if (best.pattern.code === '---' && !best.pattern.reverse) {
      trace(() => `  "${best!.pattern.ref.text}" marks a non-event: nothing coded`);
      return;
    }
    out.push(...eventsFor(tokens, sentence, syntax, parts, clauses, n, best, story, trace, petrarch, time));
  });
  return out;
}

function eventsFor(
  tokens: Token[], sentence: number, syntax: SentenceSyntax, parts: Participant[], clauses: Clause[], n: number,
  m: PatternMatch, story: StoryDyad, trace: Trace, petrarch: PetrarchMode | null, time: Uint8Array,
): Candidate[] {
  const c = clauses[n]!;
  const v = syntax.verbs[n]!;
  const notes: string[] = [];
  const speakerClause = c.reportedBy !== null ? clauses[c.reportedBy]! : null;
  const speakerPart = speakerClause?.subject != null ? parts[speakerClause.subject]! : null;
  const speaker = speakerPart ? actorsOf(speakerPart, story)[0] ?? null : null;
  const attribution = speakerClause ? attributionOf(tokens, syntax, speakerClause, speakerPart) : null;

  let sources: CodedActor[] = [];
  let targets: CodedActor[] = [];
  const consumed = new Set(m.consumed);
  const subject = c.subject !== null ? parts[c.subject]! : null;
  const by = v.passive ? c.objects.map((o) => parts[o]!).find((p) => p.preposition === 'by') : undefined;
  // PETRARCH reads a passive only through its "by" agent: without one, the subject stays the source
  const agentless = !!petrarch && v.passive && !by && m.source === null && !!m.pattern.asWritten;
  if (agentless) notes.push('passive without an agent: the subject is the source, as PETRARCH codes it');
  if (v.passive && !agentless) {
    sources = m.source !== null ? actorsOf(parts[m.source]!, story) : by ? actorsOf(by, story) : [];
    const patientActors = (p: Participant): CodedActor[] => (c.patientIsLastConjunct ? actorsOf(p, story).slice(-1) : actorsOf(p, story));
    if (m.target !== null) targets = m.target === c.subject ? patientActors(parts[m.target]!) : actorsOf(parts[m.target]!, story);
    else if (subject && !m.patientUsed) targets = patientActors(subject);
    if (m.patientUsed && subject?.between && !targets.length) targets = subject.between;
    notes.push('passive voice');
  } else {
    if (m.source !== null) {
      sources = actorsOf(parts[m.source]!, story);
      if (subject) targets = actorsOf(subject, story);
    } else if (subject) sources = c.subjectFromPossessor ? (subject.possessor.length ? subject.possessor : subject.owner) : actorsOf(subject, story);
    if (m.target !== null) targets = actorsOf(parts[m.target]!, story);
    // PETRARCH looks for the source itself when the pattern took the subject as its target ("NOTED + *")
    // or the subject names no country ("government", "it"): the first actor with one before the verb
    const takenSubject = m.target !== null && m.target === c.subject;
    const countryless = sources.length > 0 ? sources.every((a) => a.country === null) : subject !== null && tokens[subject.start]!.pos === 'PRON';
    if (petrarch && m.pattern.asWritten && m.source === null && !c.subjectFromPossessor && (takenSubject || countryless)) {
      const found = petrarchSource(tokens, syntax.start, parts, v.start, takenSubject ? m.target : null, story);
      if (found) {
        sources = found.actors;
        notes.push('source: the first actor before the verb, as PETRARCH finds it');
      }
    }
    if (m.target !== null && !targets.length && m.pattern.asWritten) targets = parts[m.target]!.inner ?? [];
    else if (m.target === null && m.source === null && !m.thingTarget) targets = defaultTarget(parts, c, consumed, m.end, story, !!m.pattern.asWritten);
    if (!targets.length && m.pattern.asWritten && !m.thingTarget && m.source === null) {
      // PETRARCH: the first actor in the verb's phrase, complement clauses included, but no speaker ("…, officials said")
      const speakers = new Set(clauses.filter((x) => clauses.some((y) => y.reportedBy !== null && clauses[y.reportedBy] === x)).map((x) => x.subject));
      targets = firstActorAfter(parts, v.head, Math.max(m.end, syntax.end), c.subject, story, speakers);
    }
    if (m.thingTarget) notes.push('the target is a place or thing, not an actor');
    if (!targets.length && m.target === null && !m.thingTarget) {
      // "expelled two Indian diplomats": the pattern's own noun is no target, but whose it is can be
      targets = consumedOwner(parts, consumed, sources);
      if (targets.length) notes.push(`target: the country of "${targets[0]!.text}"`);
    }
  }
  if (subject?.between && !targets.length && sources.length === 0) {
    sources = subject.between;
  }
  const shared = c.sharesModalityWith !== undefined ? syntax.verbs[c.sharesModalityWith]! : null;
  const modality = v.modality ?? (shared && !v.past ? shared.modality : null);
  // a PETRARCH pattern that names the negation ("WILL NOT *") codes the negated phrase as an event of its own
  const negationInPattern = namedBeforeVerb(m, tokens, v.head, NEGATION_WORDS);
  // "Neither X nor Y attended", "criticised neither X nor Y": a denial for both (PETRARCH reads no negation there)
  const denied = !petrarch && (!!subject?.neither || parts.some((p, k) => p.neither && k !== c.subject && p.start > v.head && p.end <= c.end));
  const negated = (v.negated || !!shared?.negated || denied) && !negationInPattern;
  // likewise a modal it names ("INDICATED SHOULD *"): the pattern's code already says what was only possible
  const modalInPattern = namedBeforeVerb(m, tokens, v.head, MODAL_HYPOTHETICAL) || namedBeforeVerb(m, tokens, v.head, MODAL_CONDITIONAL);
  const future = modality === 'future' || (modality === 'conditional' && c.reportedBy !== null) || c.governor?.kind === 'intent';
  // a speaker states intents and plans: "X said cooperation will be expanded" → X is the source
  // (not when an actor was the passive subject: "the US would be forced to release them" names no agent)
  const subjectIsTarget = v.passive && !m.patientUsed && targets.length > 0;
  // "the two sides agreed to meet, the UN said": an unresolved actor phrase is still not the speaker
  const unresolvedActor = !!subject && sources.length === 0 && (subject.bothSides || tokens[subject.start]?.pos === 'PRON');
  if (speaker && future && !subjectIsTarget && !unresolvedActor && speaksFor(speaker, sources)) {
    if (sources.length === 0 || !sources.some((s) => s.code === speaker.code)) notes.push(`source is the speaker (${speaker.text})`);
    sources = [speaker];
  }
  const parties = subject?.between ?? partBetween(parts, c);
  if (parties && sources.length === 1 && (targets.length === 0 || targets === parties)) {
    // "cooperation between Iran and Russia": the source's partner is the other party
    targets = parties.filter((p) => p.country !== sources[0]!.country);
  }
  if (petrarch && petrarch.newActorLength > 0 && m.pattern.asWritten) {
    if (sources.length === 0 && subject && subject.actors.length === 0) sources = newActor(tokens, subject, petrarch.newActorLength);
    if (targets.length === 0 && !m.thingTarget && sources.length > 0) {
      const p = m.target !== null ? parts[m.target]! : parts.find((x, k) => x.start > v.head && k !== c.subject && x.end <= c.end && !clauses.some((y) => y.subject === k && y.verb !== n));
      if (p && p.actors.length === 0) targets = newActor(tokens, p, petrarch.newActorLength);
    }
  }
  if (sources.length === 0) {
    trace(() => `  no source actor for "${tokens[v.head]!.text}": nothing coded`);
    return [];
  }
  let code = m.pattern.code;
  // a PETRARCH dictionary may use codes outside CAMEO (the validation files' WEIS codes): kept as written
  const foreign = !describe(code) || !!m.pattern.reverse || !!m.pattern.asWritten;
  if (foreign) {
    // nothing to do: CAMEO's intent, threat and rejection forms do not apply
  } else if (c.governor?.kind === 'refusal') {
    const rej = rejectionCode(code);
    if (!rej) return [];
    notes.push(`refused: ${code} → ${rej}`);
    code = rej;
  } else if (c.governor?.kind === 'threat') {
    const th = threatCode(code);
    notes.push(`threatened: ${code} → ${th}`);
    code = th;
  } else if (future && c.governor?.kind === 'intent' && Number(code.slice(0, 2)) >= 14) {
    // "willing to put them on trial", "plans to attack": CAMEO has no intent form; only a threat is coded
    trace(() => `  ${code} is only intended ("${c.governor!.kind === 'intent' ? c.governor!.word : ''}"): not coded`);
    return [];
  } else if (future && modality === 'conditional' && Number(code.slice(0, 2)) >= 14) {
    // "told me how armed groups would conduct raids": a reported "would" is often a past habit, not a threat
    trace(() => `  ${code} under "would": not coded as a threat`);
    return [];
  } else if (future) {
    const intent = intentCode(code);
    if (intent !== code) notes.push(`stated intent: ${code} → ${intent}`);
    code = intent;
  }
  if (!foreign) code = militaryFlavour(code, sources, targets, notes);
  if (!foreign && !describe(code)) return [];
  const pairs: [CodedActor, CodedActor | null][] = [];
  if (targets.length === 0 && sources.length > 1 && (SYMMETRIC.test(code) || SYMMETRIC.test(m.pattern.code) || m.pattern.compound)) {
    // two members with one code ("the KDP and the PUK fought", both IRQPTY) act, but not on themselves
    for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, a.code === b.code ? null : b]);
    notes.push('compound subject: coded both ways');
  } else if (targets.length === 0) {
    for (const a of sources) pairs.push([a, null]);
  } else {
    for (const a of sources) for (const b of targets) pairs.push([a, b]);
  }
  const verbSpan = tokens[v.head]!;
  // an actor acting on itself ("the government lifted the curfew in Colombo", both LKAGOV) keeps no target
  const distinct = pairs.map(([a, b]): [CodedActor, CodedActor | null] => (b && a.code === b.code && a.name === b.name ? [a, null] : [a, b]));
  const kept = distinct.filter(([a, b], i) => b || !distinct.some(([x, y], j) => j !== i && x === a && (y || j < i)));
  if (petrarch && m.pattern.asWritten && !m.thingTarget && kept.every(([, b]) => !b) && !hasObjectPhrase(tokens, syntax, v.end, syntax.end, time)) {
    // PETRARCH codes a verb through a noun phrase of its own (an empty "---" target at least): "X said today" has none
    trace(() => `  "${tokens[v.head]!.text}" has no noun phrase after it (a bare time is none): nothing coded, as PETRARCH`);
    return [];
  }
  const coded: [CodedActor, CodedActor | null, string][] = code === '---' ? [] : kept.map(([a, b]) => [a, b, code]);
  // PETRARCH secondary code ([042:043]): the target acts on the source too ("X visited Y": Y hosted X)
  const reverse = m.pattern.reverse;
  if (reverse) for (const [a, b] of kept) if (b) coded.push([b, a, reverse]);
  return coded.map(([a, b, code]) => ({
    sentence, verb: verbSpan.i, clause: n, source: a, target: b, code, pattern: m.pattern.ref,
    negated, hypothetical: !modalInPattern && (modality === 'hypothetical' || (modality === 'conditional' && c.reportedBy === null) || !!c.notAsserted),
    attribution, speaker, notes: [...notes], embedded: c.governor?.kind === 'decision', future,
    consumed: m.consumed, governorClause: c.governor && 'verb' in c.governor ? c.governor.verb : null,
    result: v.participle === 'ing' && tokens[v.start - 1]?.norm === ',',
  }));
}

const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL']);

/**
 * True when a speaker states its own side's intent: no actor was named, the
 * speaker itself was, or a state official speaks of its state or forces
 * ("Iran will expand …" said by an Iranian minister).
 */
function speaksFor(speaker: CodedActor, sources: CodedActor[]): boolean {
  if (sources.length === 0 || sources.some((s) => s.code === speaker.code)) return true;
  if (!STATE_SECTORS.has(speaker.sectors[0] ?? '')) return false;
  return sources.every((s) => (s.country === speaker.country || s.country === null) && (s.sectors.length === 0 || STATE_SECTORS.has(s.sectors[0]!)));
}

function defaultTarget(parts: Participant[], c: Clause, consumed: Set<number>, matchEnd: number, story: StoryDyad, places = false): CodedActor[] {
  for (const o of c.objects) {
    const p = parts[o]!;
    if (p.start < matchEnd && [...consumed].some((k) => k >= p.start && k < p.end)) {
      // PETRARCH: the pattern's noun may head the target's phrase ("overcome the animosity of the Morgul Orcs")
      if (places && p.inner?.length) return p.inner;
      continue;
    }
    if (p.preposition === 'by' && !places) continue; // PETRARCH: "condemned an attack by X" targets X
    if (!places && p.placeLike && p.preposition && (LOCATIVE_PREPOSITIONS.has(p.preposition) || p.preposition === 'at')) continue;
    const actors = actorsOf(p, story);
    if (actors.length) return actors;
    if (places && p.inner?.length) return p.inner; // PETRARCH: "met a bunch of Morgul Orcs" targets the orcs
  }
  return [];
}

/** PETRARCH: the first actor after the verb within a match that reached past the clause. */
/** PETRARCH's new actor: a phrase of at most `max` words (possessive marks not counted) coded by its words, "THE MINISTRY OF MAGIC". */
function newActor(tokens: Token[], p: Participant, max: number): CodedActor[] {
  const words = tokens.slice(p.start, p.end).filter((t) => t.pos !== 'PUNCT' && t.norm !== "'s" && t.norm !== "'").map((t) => t.text.toUpperCase());
  if (words.length === 0 || words.length > max) return [];
  const text = tokensText(tokens, p.start, p.end);
  return [{ code: `"${words.join(' ')}"`, country: null, sectors: [], text, span: [tokens[p.start]!.start, tokens[p.end - 1]!.end], rule: `new actor: a phrase of ${words.length} word(s) (PETRARCH new_actor_length ${max})` }];
}

function firstActorAfter(
  parts: Participant[], verb: number, end: number, subject: number | null, story: StoryDyad, skip: Set<number | null> = new Set(),
): CodedActor[] {
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    if (n === subject || skip.has(n) || p.start <= verb || p.start >= end) continue;
    const actors = actorsOf(p, story);
    if (actors.length) return actors;
  }
  return [];
}

/** The country named in a participant the pattern's words took ("two Indian diplomats" → IND), if not the source's. */
function consumedOwner(parts: Participant[], consumed: Set<number>, sources: CodedActor[]): CodedActor[] {
  for (const p of parts) {
    let taken = false;
    for (let k = p.start; k < p.end && !taken; k++) taken = consumed.has(k);
    if (!taken) continue;
    const a = p.actors.find((x) => x.country && !sources.some((s) => s.country === x.country));
    if (a) return [{ ...a, code: a.country!, sectors: [], rule: `${a.rule}; the country of a pattern noun` }];
  }
  return [];
}

function partBetween(parts: Participant[], c: Clause): CodedActor[] | null {
  for (const o of c.objects) if (parts[o]!.between) return parts[o]!.between;
  return null;
}

/**
 * Cooperation between military actors is military cooperation
 * (CAMEO 1.1b3: 062 "cooperate militarily", 0312 its intent form).
 */
function militaryFlavour(code: string, sources: CodedActor[], targets: CodedActor[], notes: string[]): string {
  const generic: Record<string, string> = { '060': '062', '031': '0312', '030': '0312' };
  const to = generic[code];
  if (!to || code === '030' && !targets.length) return code;
  const all = [...sources, ...targets];
  if (all.length >= 2 && all.every((a) => a.sectors[0] === 'MIL' || a.secondary?.includes('MIL'))) {
    notes.push(`military actors: ${code} → ${to}`);
    return to;
  }
  return code;
}

function attributionOf(tokens: Token[], syntax: SentenceSyntax, speech: Clause, speaker: Participant | null): { text: string; span: [number, number] } | null {
  const v = syntax.verbs[speech.verb]!;
  const head = tokens[v.head]!;
  if (!SPEECH_VERBS.has(head.lemma)) return null;
  const start = speaker ? Math.min(tokens[speaker.start]!.start, head.start) : head.start;
  const end = speaker ? Math.max(tokens[speaker.end - 1]!.end, head.end) : head.end;
  const first = speaker && speaker.start < v.start ? speaker.start : v.start;
  const last = speaker && speaker.end > v.end ? speaker.end : v.end;
  return { text: tokensText(tokens, first, last), span: [start, end] };
}
