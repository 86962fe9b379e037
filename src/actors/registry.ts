import type { CodedActor } from '../model/types.js';

/**
 * What a story has said about its actors so far, for in-story coreference:
 * names ("Khanzadi" → IRNMIL), the people and groups last mentioned (for
 * "he", "they") and the countries seen. The story's dyad, which "the two
 * sides" stands for, is the coder's (`Document.dyad`).
 */
export class StoryActors {
  private readonly names = new Map<string, CodedActor>();
  private persons: { actor: CodedActor; sentence: number }[] = [];
  /** The sentence being read: pronouns reach back two sentences at most. */
  sentence = 0;
  private groups: CodedActor[][] = [];
  private recent: CodedActor[] = [];
  readonly countryCounts = new Map<string, number>();
  datelineCountry: string | null = null;

  /** Remembers a named actor under its full name and its last word (surname). */
  addName(name: string, actor: CodedActor): void {
    const key = name.toLowerCase();
    if (!this.names.has(key)) this.names.set(key, actor);
    const parts = key.split(/\s+/);
    const last = parts[parts.length - 1]!;
    if (parts.length > 1 && !this.names.has(last)) this.names.set(last, actor);
  }

  /** The actor first introduced under `name` or under its last word. */
  byName(name: string): CodedActor | null {
    const key = name.toLowerCase();
    const parts = key.split(/\s+/);
    return this.names.get(key) ?? this.names.get(parts[parts.length - 1]!) ?? null;
  }

  /** Notes a person mentioned in the current sentence (for "he", "she"); the last eight are kept. */
  notePerson(actor: CodedActor): void {
    this.persons.push({ actor, sentence: this.sentence });
    if (this.persons.length > 8) this.persons.shift();
  }

  /** Notes a plural or compound participant's actors (for "they"); the last eight are kept. */
  noteGroup(actors: CodedActor[]): void {
    this.groups.push(actors);
    if (this.groups.length > 8) this.groups.shift();
  }

  /** Notes an actor with a country, for definite descriptions ("the ministry" → the last ministry named). */
  noteActor(actor: CodedActor): void {
    if (!actor.country) return;
    this.recent.push(actor);
    if (this.recent.length > 30) this.recent.shift();
  }

  /**
   * The latest actor whose primary sector is `sector` (and country `country`
   * when given), for "the ministry", "the Russian general".
   */
  lastWith(sector: string, country: string | null): CodedActor | null {
    for (let n = this.recent.length - 1; n >= 0; n--) {
      const a = this.recent[n]!;
      if (a.sectors[0] === sector && (!country || a.country === country)) return a;
    }
    return null;
  }

  /** Counts a mention of `country` (an ISO-3166 alpha-3 code) toward the story's dominant country; IGO and the like are not counted. */
  noteCountry(country: string): void {
    if (/^(IGO|NGO|IMG|MNC|---)$/.test(country)) return; // not countries: they cannot stand for the story's country
    this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + 1);
  }

  /** The latest person mentioned in this or the two sentences before (for "he"/"she"). */
  lastPerson(): CodedActor | null {
    const p = this.persons[this.persons.length - 1];
    return p && this.sentence - p.sentence <= 2 ? p.actor : null;
  }

  /** The latest plural or compound actor (for "they"). */
  lastGroup(): CodedActor[] | null {
    return this.groups[this.groups.length - 1] ?? null;
  }

  /** The most mentioned country of the story so far, if one leads. */
  dominantCountry(): string | null {
    let best: string | null = null;
    let count = 0;
    let tie = false;
    for (const [c, n] of this.countryCounts) {
      if (n > count) [best, count, tie] = [c, n, false];
      else if (n === count) tie = true;
    }
    return tie ? null : best;
  }
}
