import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { EventRecord } from '../../src/model/types.js';
import { openStore } from '../../src/store/openStore.js';
import { getStory } from '../../src/store/queries.js';

/*
 * `dyad ingest` with a user's PETRARCH dictionaries (test/fixtures/user-dicts,
 * written for these tests): Ithilen [ITH] and Norvania [NRV] are unknown to
 * the built-in set, and so is the verb "serenade" (051 Praise or endorse).
 * "Ithilen serenaded Norvania on Monday." codes ITH 051 NRV only with them.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/user-dicts/', import.meta.url));
const ACTORS = join(FIXTURES, 'ithilen.actors.txt');
const VERBS = join(FIXTURES, 'ithilen.verbs.txt');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-dicts-'));
const input = join(dir, 'stories.jsonl');
writeFileSync(input, [
  '{"id": "u1", "date": "2019-05-06", "text": "Ithilen serenaded Norvania on Monday."}',
  '{"id": "u2", "date": "2019-05-06", "text": "Riot police arrested protesters in Ithilen on Monday."}',
].join('\n'));

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', stdoutIsTTY: false, stderrIsTTY: false, columns: 120, out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
  return io;
}
async function dyad(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await main(['node', 'dyad', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
/** The stored events, read back with `dyad query` (JSONL). */
async function stored(db: string): Promise<EventRecord[]> {
  const r = await dyad('query', '--db', db, '--format', 'jsonl');
  expect(r.code).toBe(0);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord);
}
const brief = (events: EventRecord[]) => events.map((e) => `${e.story_id} ${e.source.code} ${e.cameo.code} ${e.target?.code ?? '-'}`).sort();

describe("dyad ingest with the user's dictionaries", () => {
  it('stores the event only the user\'s actors and verbs can produce (ITH 051 NRV), and dyad query gives it back', async () => {
    const db = join(dir, 'user.sqlite');
    const r = await dyad('ingest', '--db', db, '--workers', '0', input, '--actors', ACTORS, '--verbs', VERBS);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe([
      'dyad: dictionaries (over the built-in set):',
      '  actors         4  ithilen.actors.txt',
      '  verbs          2  ithilen.verbs.txt',
      '  loaded: 4 actor phrases, 0 agent phrases, 2 verb patterns, 0 discards, 0 issue phrases; 0 warning(s)',
      '',
    ].join('\n'));
    const events = await stored(db);
    expect(brief(events)).toEqual(['u1 ITH 051 NRV', 'u2 ITHCOP 173 ITHOPP']);
    const e = events.find((x) => x.story_id === 'u1')!;
    expect(e.source).toMatchObject({ code: 'ITH', country: 'ITH', text: 'Ithilen', span: [0, 7], rule: 'dictionary: ithilen.actors.txt:3 "ITHILEN_  [ITH]"' });
    expect(e.target).toMatchObject({ code: 'NRV', country: 'NRV', text: 'Norvania', span: [18, 26], rule: 'dictionary: ithilen.actors.txt:5 "NORVANIA_  [NRV]"' });
    expect(e.cameo).toEqual({ code: '051', root: '05', name: 'Praise or endorse', quad_class: 1, goldstein: 3.4 });
    expect(e.date).toBe('2019-05-06');
    expect(e.evidence.verb).toEqual({ text: 'serenaded', span: [8, 17] });
    expect(e.evidence.pattern).toEqual({ dictionary: 'ithilen.verbs.txt', line: 4, text: '- * +  [051]' });

    // the built-in set alone knows neither the countries nor the verb
    const plain = join(dir, 'plain.sqlite');
    expect((await dyad('ingest', '--db', plain, '--workers', '0', input)).code).toBe(0);
    expect(brief(await stored(plain)).filter((b) => b.startsWith('u1'))).toEqual([]);
  });

  it("records each file's kind, path, name and SHA-256, the profile and the built-in flag, for every story they coded", async () => {
    const db = join(dir, 'recorded.sqlite');
    expect((await dyad('ingest', '--db', db, '--workers', '0', '--profile', 'petrarch', input, '--actors', ACTORS, '--verbs', VERBS)).code).toBe(0);
    const store = openStore(db, { readonly: true });
    const codings = store.prepare('SELECT id, dictionary_set, profile, builtin FROM codings').all();
    expect(codings).toEqual([{ id: 1, dictionary_set: 'builtin+user', profile: 'petrarch', builtin: 1 }]);
    expect(store.prepare('SELECT * FROM coding_dictionaries ORDER BY position').all()).toEqual([
      { coding_id: 1, position: 0, kind: 'actors', path: ACTORS, name: 'ithilen.actors.txt', sha256: sha256(ACTORS) },
      { coding_id: 1, position: 1, kind: 'verbs', path: VERBS, name: 'ithilen.verbs.txt', sha256: sha256(VERBS) },
    ]);
    expect(store.prepare('SELECT story_key, coding_id FROM stories ORDER BY story_key').all()).toEqual([{ story_key: 'u1', coding_id: 1 }, { story_key: 'u2', coding_id: 1 }]);
    expect(getStory(store, 'u1')!.coding).toMatchObject({
      dictionary_set: 'builtin+user', profile: 'petrarch', builtin: true,
      dictionaries: [{ kind: 'actors', name: 'ithilen.actors.txt', sha256: sha256(ACTORS) }, { kind: 'verbs', name: 'ithilen.verbs.txt', sha256: sha256(VERBS) }],
    });
    store.close();
    // profile petrarch: a sector-only actor takes no country from the sentence (PETRARCH's "---COP")
    expect(brief(await stored(db))).toEqual(['u1 ITH 051 NRV', 'u2 COP 173 ITHOPP']);
  });

  it('--recode without dictionary options re-codes each story with the dictionaries recorded for it, and says which', async () => {
    const db = join(dir, 'recode.sqlite');
    expect((await dyad('ingest', '--db', db, '--workers', '0', input, '--actors', ACTORS, '--verbs', VERBS)).code).toBe(0);
    // as if an older dyad had coded them: same files, another coder
    const store = openStore(db);
    store.prepare("UPDATE codings SET dyad_version = '0.0.1'").run();
    store.close();
    const plain = await dyad('ingest', '--db', db, '--workers', '0');
    expect(plain.code).toBe(2); // no input and no --recode
    const r = await dyad('ingest', '--db', db, '--workers', '0', '--recode');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`dyad: re-coding 2 stories with actors ${ACTORS}, verbs ${VERBS} over the built-in set, profile dyad (as recorded for them)\n`);
    expect(r.stdout).toMatch(/^0 stories added \(2 events, 0 near-duplicates linked\), 0 already stored, 0 rejected, 2 re-coded\n/);
    // re-coded with the built-in set alone, u1 would have lost its event
    expect(brief(await stored(db))).toEqual(['u1 ITH 051 NRV', 'u2 ITHCOP 173 ITHOPP']);
    const after = openStore(db, { readonly: true });
    expect(after.prepare('SELECT DISTINCT c.dyad_version, c.dictionary_set FROM stories s JOIN codings c ON c.id = s.coding_id').all())
      .toEqual([{ dyad_version: expect.not.stringMatching(/^0\.0\.1$/), dictionary_set: 'builtin+user' }]);
    after.close();
    expect((await dyad('ingest', '--db', db, '--workers', '0', '--recode')).stdout).toMatch(/, 0 re-coded\n/);
  });

  it('--recode leaves stories alone when a recorded file has changed or gone, in one line that says what to do, and exits 1', async () => {
    const mine = mkdtempSync(join(tmpdir(), 'dyad-mine-'));
    const actors = join(mine, 'ithilen.actors.txt');
    const verbs = join(mine, 'ithilen.verbs.txt');
    copyFileSync(ACTORS, actors);
    copyFileSync(VERBS, verbs);
    const db = join(dir, 'changed.sqlite');
    expect((await dyad('ingest', '--db', db, '--workers', '0', input, '--actors', actors, '--verbs', verbs)).code).toBe(0);
    const before = sha256(verbs);
    const store = openStore(db);
    store.prepare("UPDATE codings SET dyad_version = '0.0.1'").run();
    store.close();
    writeFileSync(verbs, `${readFileSync(verbs, 'utf8')}# edited\n`);
    const changed = await dyad('ingest', '--db', db, '--workers', '0', '--recode');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toBe(`dyad: --recode: 2 stored stories are left as coded: they were coded with ${verbs}, which has changed since ` +
      `(SHA-256 ${before.slice(0, 12)}… then, ${sha256(verbs).slice(0, 12)}… now); to re-code, name the dictionaries as they are now: ` +
      `dyad ingest --recode --db ${db} --verbs ${verbs} --actors ${actors}\n`);
    expect(changed.stdout).toMatch(/, 0 re-coded, 2 not re-coded\n/);
    rmSync(actors);
    const gone = await dyad('ingest', '--db', db, '--workers', '0', '--recode');
    expect(gone.stderr).toMatch(new RegExp(`^dyad: --recode: 2 stored stories are left as coded: they were coded with ${actors}, which is missing and ${verbs}, which has changed since`));
    expect(brief(await stored(db))).toEqual(['u1 ITH 051 NRV', 'u2 ITHCOP 173 ITHOPP']); // the old events are kept
    rmSync(mine, { recursive: true, force: true });
  });

  it('--recode with dictionary options re-codes every story not coded with them', async () => {
    const db = join(dir, 'given.sqlite');
    expect((await dyad('ingest', '--db', db, '--workers', '0', input)).code).toBe(0);
    const r = await dyad('ingest', '--db', db, '--workers', '0', '--recode', '--verbs', VERBS, '--actors', ACTORS);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\ndyad: re-coding 2 stories with actors .*ithilen\.actors\.txt, verbs .*ithilen\.verbs\.txt over the built-in set, profile dyad\n$/);
    expect(brief(await stored(db))).toEqual(['u1 ITH 051 NRV', 'u2 ITHCOP 173 ITHOPP']);
    // a later --recode without options leaves them: they are coded with what is recorded for them, by this coder
    const later = await dyad('ingest', '--db', db, '--workers', '0', '--recode');
    expect(later.stdout).toMatch(/, 0 re-coded\n/);
  });

  it('refuses an unknown --profile and an unreadable dictionary in one line, exit 2, before opening the store', async () => {
    const db = join(dir, 'never.sqlite');
    for (const command of [['ingest', '--db', db, input], ['code', input], ['explain', 'Ithilen serenaded Norvania.', '--date', '2019-05-06'], ['actors', input]]) {
      expect(await dyad(...command, '--profile', 'tabari')).toEqual({ code: 2, stdout: '', stderr: 'dyad: --profile: expected one of dyad, petrarch (found "tabari")\n' });
    }
    const missing = join(dir, 'missing.verbs.txt');
    const code = await dyad('code', input, '--verbs', missing);
    const ingest = await dyad('ingest', '--db', db, input, '--verbs', missing);
    expect(ingest).toEqual({ code: 2, stdout: '', stderr: `dyad: ${missing}: cannot read dictionary (no such file)\n` });
    expect(code.stderr).toBe(ingest.stderr);
    expect(existsSync(db)).toBe(false);
  });
});

/*
 * The same on piscina worker threads, as `dyad ingest` runs by default: the
 * worker is the compiled one, so this loads the runner from dist/ (npm run
 * build after changing src/).
 */
const DIST = fileURLToPath(new URL('../../dist/cli/ingestRunner.js', import.meta.url));
const built = existsSync(DIST) && existsSync(fileURLToPath(new URL('../../dist/cli/codeWorker.js', import.meta.url)));
if (!built) console.warn('dyad ingest worker-thread dictionaries test SKIPPED: dist/cli not built (npm run build)');

describe.skipIf(!built)("dyad ingest with the user's dictionaries on worker threads", () => {
  it('sends the dictionaries to each worker, which codes ITH 051 NRV with them', async () => {
    const { runIngest } = (await import(DIST)) as typeof import('../../src/cli/ingestRunner.js');
    const db = join(dir, 'workers.sqlite');
    const s = await runIngest({ db, paths: [input], workers: 2, coding: { files: [{ kind: 'actors', path: ACTORS }, { kind: 'verbs', path: VERBS }], builtin: true, profile: 'dyad' } });
    expect(s).toMatchObject({ added: 2, rejected: 0, workers: 2 });
    expect(brief(await stored(db))).toEqual(['u1 ITH 051 NRV', 'u2 ITHCOP 173 ITHOPP']);
  }, 60_000);
});
