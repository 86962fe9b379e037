import type { CodingContext } from './context.js';
import type { Component, DocumentField, SentenceComponent } from './model/component.js';
import type { Document } from './model/document.js';

/** A component as a profile holds it: any context need is met by `CodingContext`. */
export type AnyComponent = Component<CodingContext>;

/** Fields a new Document holds before any component runs. */
const GIVEN: readonly DocumentField[] = ['story'];

/**
 * Checks a profile's wiring: every field a component reads is given or
 * written by an earlier component (or, for `carries`, anywhere in the list).
 * Throws an Error naming the profile, the component and the field otherwise.
 */
export function checkWiring(profile: string, components: readonly AnyComponent[]): void {
  const written = new Set<DocumentField>(GIVEN);
  const all = new Set(components.flatMap((c) => c.writes));
  for (const c of components) {
    for (const f of c.reads) {
      if (written.has(f)) continue;
      if (c.carries?.includes(f) && all.has(f)) continue;
      throw new Error(`profile "${profile}": component "${c.name}" reads ${f}, which no earlier component writes`);
    }
    for (const f of c.writes) written.add(f);
  }
}

/**
 * Runs `components` over `doc` in order. Story components run once;
 * consecutive sentence components run as a group, sentence by sentence,
 * so that each sentence sees what the earlier ones left (`doc.dyad`).
 * Returns `doc`.
 */
export function runComponents(components: readonly AnyComponent[], doc: Document, ctx: CodingContext): Document {
  let i = 0;
  while (i < components.length) {
    const c = components[i]!;
    if (c.scope === 'story') {
      c.run(doc, ctx);
      i++;
      continue;
    }
    const group: SentenceComponent<CodingContext>[] = [];
    for (; i < components.length && components[i]!.scope === 'sentence'; i++) group.push(components[i] as SentenceComponent<CodingContext>);
    for (const unit of doc.units) for (const g of group) g.run(doc, unit, ctx);
  }
  return doc;
}
