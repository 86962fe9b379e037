import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { explainCommand } from '../../src/cli/explainCommand.js';

describe('dyad explain: places', () => {
  it('lists each place mention with its preposition and candidates, or why it is no place', () => {
    let out = '';
    const io: Io = { out: (s) => { out += s; }, err: () => {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 100 };
    explainCommand('Police in Cusco detained activist Chad Quispe on Thursday.', { date: '2025-02-09' }, io);
    const places = out.split('\n').filter((l) => l.startsWith('  place: '));
    expect(places).toEqual([
      '  place: "in Cusco" (strong): 2 candidate(s): Cusco PER city; Cusco Region PER admin1',
      '  place: "Chad" is not a place (name: followed by "Quispe" (a person or organisation))',
    ]);
  });
});
