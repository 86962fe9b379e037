import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/codeCommand.js';
import { explainCommand } from '../../src/cli/explainCommand.js';

describe('dyad explain: places', () => {
  it('lists each place mention with its preposition and candidates, or why it is no place', () => {
    let out = '';
    const io: Io = { out: (s) => { out += s; }, err: () => {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 100 };
    explainCommand('Police in Oaxaca detained activist Israel Montes on Thursday.', { date: '2024-06-21' }, io);
    const places = out.split('\n').filter((l) => l.startsWith('  place: '));
    expect(places).toEqual([
      '  place: "in Oaxaca" (strong): 2 candidate(s): Oaxaca MEX city; Oaxaca MEX admin1',
      '  place: "Israel" is not a place (name: followed by "Montes" (a person or organisation))',
    ]);
  });
});
