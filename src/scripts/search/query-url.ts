// The search page's URL holds its query, so a search can be linked, bookmarked and reloaded.

/** The query of a search page URL ("" when absent), and whether it asks for the words exactly as typed. */
export function queryFromUrl(href: string): { query: string; literal: boolean } {
  const { searchParams } = new URL(href);
  return { query: searchParams.get('q') ?? '', literal: searchParams.has('literal') };
}

/** The same URL with ?q= set to the query (removed when empty) and &literal as asked, everything else kept. */
export function urlWithQuery(href: string, query: string, literal: boolean): string {
  const url = new URL(href);
  url.searchParams.delete('literal');
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  // Written bare (&literal), as the summary's links write it (view.ts queryHref), before any #fragment.
  if (literal && query.trim()) url.search += '&literal';
  return url.href;
}
