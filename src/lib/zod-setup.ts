/**
 * zod without its JIT: it would probe `new Function` when a schema is built, which the site's
 * Content-Security-Policy refuses (and reports as a violation on every page and in every worker).
 * Imported first by every browser entry (islands and workers), before any module that builds a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
