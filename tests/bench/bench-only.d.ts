// The bench-only packages live in tests/bench/node_modules, installed by the first `npm run bench`, never by
// `npm ci`: declared here so that type checking gives the same answer whether or not a bench has been run.
declare module 'lighthouse';
declare module 'chrome-launcher';
declare module '@duckdb/node-api';
