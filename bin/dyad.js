#!/usr/bin/env -S node --max-semi-space-size=32
// A 32 MB young generation: coding allocates many short-lived objects, and a larger nursery saves ~15% of the time in garbage collection.
import { main } from '../dist/cli/main.js';

// "dyad code … | head": a reader that closes the pipe early is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

main(process.argv).then((code) => { process.exitCode = code; });
