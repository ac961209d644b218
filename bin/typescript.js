// Lets Node import the TypeScript sources through tsx, so there is no build step to go stale.
// PGlite is plain JavaScript and is loaded first, outside tsx: tsx would rewrite the dynamic
// imports in its 0.5 MB of minified Emscripten output, add a source map (1.5 MB in all), and its
// loader thread would keep the ~40 MB that costs for as long as the process runs
// (docs/BENCHMARKS.md, Ingest).
import '@electric-sql/pglite';
import '@electric-sql/pglite/contrib/pg_trgm';
import { register } from 'tsx/esm/api';

register();
