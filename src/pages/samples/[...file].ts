/** The ledger page's sample data sets, generated at build time from the sample school (src/lib/ledger/sample/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sampleFiles } from '../../lib/ledger/sample/downloads.ts';

export const getStaticPaths = (() => [...sampleFiles()].map(([file, text]) => ({ params: { file }, props: { text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(props.text as string, { headers: { 'Content-Type': `${params.file!.endsWith('.csv') ? 'text/csv' : 'text/plain'}; charset=utf-8` } });
