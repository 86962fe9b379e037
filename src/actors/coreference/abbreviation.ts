import type { ParticipantCoreference } from './resolver.js';

const ABBREVIATION = /^[A-Z][A-Z0-9&-]{1,7}$/;

/**
 * "the Islamic Revolutionary Guard Corps (IRGC)": a capitalised abbreviation
 * in brackets right after a coded participant names its first actor for the
 * rest of the story. It is learnt as a name of `story`, so later mentions
 * ("the IRGC") resolve through `knownName`.
 */
export const learnAbbreviations: ParticipantCoreference = (tokens, parts, story) => {
  for (const p of parts) {
    const [open, abbr, close] = [tokens[p.end], tokens[p.end + 1], tokens[p.end + 2]];
    if (!p.actors[0] || open?.text !== '(' || close?.text !== ')' || !abbr || !ABBREVIATION.test(abbr.text)) continue;
    story.addName(abbr.text, { ...p.actors[0], rule: `abbreviation defined in the text: ${abbr.text} = ${p.actors[0].text}` });
  }
};
