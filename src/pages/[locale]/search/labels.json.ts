// The documents' names for the search page's document filter (`/{locale}/search/labels.json`), in the
// locale's script. The Chinese search pages load it once idle after their first results: a result names
// its document from the page it links to, so the first query does not wait for (or pay) these names.
// English pages carry them in the page, since a 简体 result there is named in English.
import type { APIRoute } from 'astro';
import { builtLocales, localeByCode } from '../../../lib/locales.ts';
import { docLabels, docLabelsInPage } from '../../../lib/catalog.ts';

export const getStaticPaths = () => builtLocales.filter((l) => !docLabelsInPage(l)).map((l) => ({ params: { locale: l.code } }));

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(docLabels(localeByCode(params.locale))), { headers: { 'Content-Type': 'application/json' } });
