import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor } from '../../model/types.js';
import { codeKeptAsWritten } from '../proposals.js';

/** Generic cooperation codes and their military form (CAMEO 1.1b3: 060 → 062 "cooperate militarily"; 030, 031 → 0312 "express intent to cooperate militarily"). */
const MILITARY: Readonly<Record<string, string>> = { '060': '062', '031': '0312', '030': '0312' };

/** Whether every one of `actors` (at least two) is military: primary sector MIL, or MIL among its secondary sectors. */
function allMilitary(actors: CodedActor[]): boolean {
  return actors.length >= 2 && actors.every((a) => a.sectors[0] === 'MIL' || !!a.secondary?.includes('MIL'));
}

/**
 * Cooperation between military actors is military cooperation (CAMEO 1.1b3
 * 062, its intent 0312): a proposal coded 060, 031 or 030 (030 only with a
 * target) whose sources and targets are all military takes the military code,
 * with a note. After stated-act-code: "will cooperate" (060 → 031) becomes 0312.
 */
export const militaryFlavour: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'military-flavour', scope: 'sentence', reads: ['unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const to = MILITARY[p.code];
      if (!to || codeKeptAsWritten(p.match.pattern) || (p.code === '030' && !p.targets.length)) continue;
      if (!allMilitary([...p.sources, ...p.targets])) continue;
      p.notes.push(`military actors: ${p.code} → ${to}`);
      p.code = to;
    }
  },
};
