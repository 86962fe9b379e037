// Where ../shared is: beside the repository, or $DYAD_SHARED (for work trees that live elsewhere).
import { existsSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

/** The shared data folder, or null when absent. */
export function sharedDir() {
  const dir = process.env.DYAD_SHARED ?? fileURLToPath(new URL('../../shared/', import.meta.url));
  return existsSync(dir) ? dir.replace(/\/?$/, '/') : null;
}

/** Guardian sample ×`copies` as a JSONL file (each repeat with new ids: "<id>-r<k>"); returns its path. */
export async function guardianTimes(copies, outPath) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const lines = readFileSync(`${sharedDir()}corpora/guardian-sample.jsonl`, 'utf8').trim().split('\n');
  const out = [];
  for (let k = 0; k < copies; k++) {
    for (const line of lines) {
      const s = JSON.parse(line);
      out.push(JSON.stringify({ ...s, id: `${s.id}-r${k}` }));
    }
  }
  writeFileSync(outPath, `${out.join('\n')}\n`);
  return { path: outPath, stories: out.length };
}
