import type { CoreferenceResolver } from './resolver.js';

/**
 * A proper name the story has introduced ("Taqizadeh", or an abbreviation
 * defined in brackets): the story's first code for it, so that "Deputy
 * Defense Minister Taqizadeh" stays IRNGOV when later called "Brigadier
 * General Taqizadeh" — unless the mention's own country differs. A name the
 * story has not introduced, with no country, sector or dictionary actor,
 * names no actor.
 */
export const knownName: CoreferenceResolver = (m, story) => {
  const { name, country, sectors, named } = m.reading;
  if (!name) return null;
  const known = story.byName(name);
  const compatible = known && (!country || !known.country || known.country === country);
  if (known && compatible) {
    return { actor: { ...known, text: m.text, span: m.span, name, rule: `coreference: ${name}`, corefers: { text: known.text, span: known.span } } };
  }
  return !country && sectors.length === 0 && !named ? { actor: null } : null;
};
