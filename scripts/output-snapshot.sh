#!/usr/bin/env bash
# Writes dyad's output on the reference inputs to DIR, so that a change meant
# to keep behaviour can be checked byte for byte:
#   git worktree add /tmp/old OLD_COMMIT && (cd /tmp/old && npm ci)    # npm ci builds dist/
#   bash scripts/output-snapshot.sh /tmp/before /tmp/old   # the old checkout's output
#   npm run build && bash scripts/output-snapshot.sh /tmp/after   # this checkout's
#   diff -r /tmp/before /tmp/after && echo identical
# Inputs: examples/ (of the checkout), and from ../shared (beside this script's checkout) when present the Tehran story, the
# Guardian sample, the GigaWord sample with the Phoenix dictionaries and
# PETRARCH's validation suite. Uses the built dist/ (run npm run build first).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: output-snapshot.sh DIR [CHECKOUT]}" && cd "$1" && pwd)
shared=$(cd "$root/.." && pwd)/shared
cd "${2:-$root}"
dyad() { node bin/dyad.js "$@"; }
dyad code --date 2024-03-14 --format jsonl --negated examples/nairobi-border-talks.txt >"$out/nairobi.jsonl" 2>"$out/nairobi.err"
dyad code --format jsonl --negated examples/stories.jsonl >"$out/examples.jsonl" 2>"$out/examples.err"
dyad actors --date 2024-03-14 examples/nairobi-border-talks.txt >"$out/nairobi.actors" 2>&1
if [ ! -d "$shared" ]; then echo "output-snapshot: $shared is absent: only examples/ written"; exit 0; fi
p=$shared/petrarch2
dyad code --date 2018-12-27 --format jsonl --negated $shared/corpora/iran-russia-naval.txt >"$out/tehran.jsonl" 2>"$out/tehran.err"
dyad code --format jsonl --negated --no-progress $shared/corpora/guardian-sample.jsonl >"$out/guardian.jsonl" 2>"$out/guardian.err"
dyad code --format jsonl --negated --no-progress --no-builtin \
  --actors $p/Phoenix.Countries.actors.txt $p/Phoenix.International.actors.txt $p/Phoenix.MilNonState.actors.txt \
  --agents $p/Phoenix.agents.txt --verbs $p/CAMEO.2.0.txt --discards $p/Phoenix.discards.txt --issues $p/Phoenix.IssueCoding.txt \
  $p/GigaWord.sample.PETR.xml >"$out/gigaword-phoenix.jsonl" 2>"$out/gigaword-phoenix.err"
dyad code --format jsonl --negated --no-progress $p/GigaWord.sample.PETR.xml >"$out/gigaword-builtin.jsonl" 2>"$out/gigaword-builtin.err"
dyad validate --verbose $p/PETR.UnitTest.records.xml >"$out/validate.txt" 2>"$out/validate.err"
dyad explain --date 2018-12-27 "Russia's deputy chief of staff met Iran's navy chief in Tehran on Tuesday, Mehr reported." >"$out/explain.txt" 2>&1
for f in "$out"/*.jsonl; do printf '%s %s\n' "$(wc -l <"$f")" "$(basename "$f")"; done
tail -1 "$out/validate.txt"
