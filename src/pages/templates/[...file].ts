/** The ledger page's blank templates: each file kind's header row, UTF-8 with BOM, built with the site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { templateFiles } from '../../lib/ledger/sample/downloads.ts';

export const getStaticPaths = (() =>
  [...templateFiles()].map(([path, text]) => ({ params: { file: path.slice('templates/'.length) }, props: { text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
