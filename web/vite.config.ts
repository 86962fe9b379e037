import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dashboard: built by `npm run build` (and so by `npm ci`'s prepare step)
 * into dist/web, which `dyad serve` serves. Everything is bundled (ECharts,
 * cytoscape, d3-geo, the world-atlas TopoJSON): no CDN, works offline.
 */
const require = createRequire(import.meta.url);

/** `virtual:iso-numeric`: ISO-3166 alpha-3 → numeric code (world-atlas ids), from world-countries, ~3 KB instead of the whole package. */
function isoNumeric(): Plugin {
  const id = 'virtual:iso-numeric';
  return {
    name: 'dyad-iso-numeric',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const countries = require('world-countries') as { cca3: string; ccn3: string; name: { common: string } }[];
      const table = Object.fromEntries(countries.filter((c) => c.ccn3).map((c) => [c.cca3, c.ccn3]));
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [isoNumeric()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  logLevel: 'warn',
});
