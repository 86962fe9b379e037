import type { PartialActor } from './partialActor.js';
import { isListItem, type SentencePhrases } from './phrases.js';

/**
 * ", NP," after conjunct `conj` (noun-phrase indexes): noun phrase `k` is an
 * apposition when one side is a name and the other a title or actor:
 * "Osipov, the deputy chief, …".
 */
export function isApposition({ tokens, syntax, partials }: SentencePhrases, conj: number[], k: number): boolean {
  const before = conj.map((c) => partials[c]!);
  const b = partials[k]!;
  const np = syntax.nps[k]!;
  const after = tokens[np.end];
  // ", Tasnim reported." is a new clause, not an apposition: a verb right after does not close one
  const closes = !after || [',', '.', ';', ')', 'which', 'who'].includes(after.norm) || after.pos === 'ADP';
  if (!closes || isListItem(tokens, syntax, k)) return false;
  if (before[0]!.placeLike || b.placeLike) return false;
  const titled = (p: PartialActor): boolean => !!p.named || (p.headIsActor && (p.sectors.length > 0 || !!p.country));
  const aName = before.some((p) => p.name);
  return (aName && titled(b)) || (!!b.name && (titled(before[0]!) || before.slice(1).some(titled)));
}
