import type { DictionaryWarnings } from '../lines.js';
import { addPhrase, type PhraseTrie } from '../trie.js';
import { petrarchLines, phraseParts, regularPlural } from './common.js';
import type { ActorEntry } from '../../model/actors.js';

const LINE = /^(.+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]?\s*\}?\s*$/;

/**
 * Reads a PETRARCH agents dictionary (dictionaries-format.rst, "Agent
 * Dictionary"): `PHRASE {plural} [~CODE]` or `[CODE~]`, `!NAME! = A, B`
 * substitution sets used inside phrases. A text word matches only the forms
 * the entry allows (stored `formOnly`, never by lemma): the phrase, its
 * regular plural (`regularPlural`; none for a phrase ending
 * in `_`), or instead the irregular plurals in `{…}`; `{}` allows none, and
 * a phrase with `!SET!` only the set's forms. A blank between words lets other
 * words come between (gap edges), `_` does not. The code's `~` placement is
 * recorded as `placement` ("after": the agent follows the country code, the
 * usual `~GOV`; "before": `NGO~`). Returns the number of phrase entries added.
 */
export function readPetrarchAgents(
  content: string, file: string, trie: PhraseTrie<ActorEntry>, warnings: DictionaryWarnings,
): number {
  const subs = new Map<string, string[]>();
  let added = 0;
  for (const { text, line } of petrarchLines(content)) {
    const t = text.trim();
    const sub = /^!([A-Za-z0-9_]+)!\s*=\s*(.+)$/.exec(t);
    if (sub) {
      subs.set(sub[1]!.toUpperCase(), sub[2]!.split(',').map((x) => x.trim()).filter(Boolean));
      continue;
    }
    const m = LINE.exec(t);
    if (!m || !t.includes('[')) {
      warnings.add(file, line, `expected "PHRASE {plural} [~CODE]" (found "${t.slice(0, 60)}")`);
      continue;
    }
    const raw = m[3]!.trim();
    const code = raw.replace(/~/g, '').toUpperCase();
    if (!/^[A-Z0-9]+$/.test(code)) {
      warnings.add(file, line, `unreadable agent code "[${raw}]"`);
      continue;
    }
    if (!/\]\s*\}?\s*$/.test(t)) warnings.add(file, line, `"[" not closed (found "${t.slice(0, 60)}"): read as "[${raw}]"`);
    const placement = raw.endsWith('~') ? 'before' : 'after';
    const phrases = expand(m[1]!.trim(), subs, file, line, warnings);
    if (m[2] !== undefined && m[2].trim()) phrases.push(...m[2].trim().split(/\s+/).flatMap((p) => expand(p, subs, file, line, warnings)));
    else if (m[2] === undefined && !m[1]!.includes('!') && !/_\s*$/.test(m[1]!)) phrases.push(...phrases.map(regularPlural));
    for (const phrase of phrases) {
      const { words, gaps } = phraseParts(phrase);
      if (words.length === 0) continue;
      const entry: ActorEntry = { code, kind: 'agent', asWritten: true, ref: { dictionary: file, line, text: t } };
      if (placement === 'before') entry.placement = 'before';
      addPhrase(trie, words, entry, { gaps, formOnly: true });
      added++;
    }
  }
  return added;
}

function expand(phrase: string, subs: Map<string, string[]>, file: string, line: number, warnings: DictionaryWarnings): string[] {
  const m = /!([A-Za-z0-9_]+)!/.exec(phrase);
  if (!m) return [phrase];
  const set = subs.get(m[1]!.toUpperCase());
  if (!set) {
    warnings.add(file, line, `undefined substitution set !${m[1]}!`);
    return [];
  }
  return set.flatMap((s) => expand(phrase.replace(m[0], s), subs, file, line, warnings));
}
