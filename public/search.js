// Search results for /search/?q=…: asks the site's Pagefind index and lists
// the matching articles. Loaded by the search page only, as an external
// module (no inline script), after the page has rendered.
const results = document.getElementById('search-results');
const statusLine = document.getElementById('search-status');
const query = (new URLSearchParams(location.search).get('q') ?? '').trim();

for (const input of document.querySelectorAll('input[name="q"]')) input.value = query;

/** Pagefind's excerpt is text with <mark> around matches; keep exactly that, nothing else. */
function excerpt(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  const paragraph = document.createElement('p');
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(node.textContent ?? '');
    }
  }
  return paragraph;
}

function result(item) {
  const entry = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.meta.title ?? item.url;
  heading.append(link);
  entry.append(heading, excerpt(item.excerpt));
  return entry;
}

if (query !== '') {
  statusLine.textContent = `Searching for “${query}”…`;
  try {
    const pagefind = await import(`${results.dataset.bundle}pagefind.js`);
    // Pagefind runs its search in a web worker and, if the worker has not started within 5 s, falls back to this
    // thread part-way through: on a busy machine that listed an article twice, or matched a word no article has.
    // This page does nothing else while it searches, so the search runs on this thread from the start.
    await pagefind.options({ baseUrl: results.dataset.base, noWorker: true });
    // A large archive is indexed in shards (src/features/search/search-shards.ts): the first is this bundle, the others merge into it.
    const shards = await fetch(`${results.dataset.bundle}shards.json`).then((response) => response.json());
    await Promise.all(shards.map((shard) => pagefind.mergeIndex(`${results.dataset.bundle}${shard}`, { baseUrl: results.dataset.base })));
    const search = await pagefind.search(query);
    const found = await Promise.all(search.results.slice(0, 20).map((hit) => hit.data()));
    const count = search.results.length;
    statusLine.textContent =
      count === 0 ? `No articles match “${query}”.` : `${count} ${count === 1 ? 'article matches' : 'articles match'} “${query}”.`;
    results.replaceChildren(...found.map(result));
  } catch (error) {
    statusLine.textContent = 'Search is unavailable right now.';
    console.error(error);
  }
}
