/**
 * Imported first by every island: zod compiles object parsers with `new Function` unless told not to,
 * and probing for that breaks the pages' Content-Security-Policy (no 'unsafe-eval'; the browser logs a
 * violation even though zod catches it). Must run before any schema is created.
 */
import { config } from 'zod';

config({ jitless: true });
