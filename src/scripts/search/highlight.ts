// Run on a page opened from a search result (start.ts runs it): marks the searched words of the article's
// text, each whole word once (lib/search/highlight-words.ts), and brings the paragraph into view.
import { wordsToMark } from '../../lib/search/highlight-words.ts';

const CLASS = 'pagefind-highlight';
const terms = new URLSearchParams(location.search).getAll('pagefind-highlight');

/** Mark the words of every text node under `root` but those the index leaves out and those already marked. */
function markIn(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[data-pagefind-ignore], mark, script, style')) nodes.push(node as Text);
  }
  for (const node of nodes) {
    // From the last word back, so the offsets of the words before stay true as the node is split.
    for (const [start, end] of wordsToMark(node.data, terms).reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = CLASS;
      word.replaceWith(mark);
      mark.append(word);
    }
  }
}

for (const body of document.querySelectorAll('[data-pagefind-body]')) markIn(body);
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView({ block: 'start' });
