// Share quote, imported by the share bar's script once words are selected: words selected in
// the article's body show a button under them that shares (with the system share sheet) or copies
// (with the Clipboard API) the short URL with a text fragment of them. The button is in the share
// bar; it moves after the selection's paragraph, so that it follows the words in the document, and
// is announced in the share bar's status when it appears.
const bar = document.querySelector('.share');
const field = bar.querySelector('input');
const live = bar.querySelector('[role=status]');
const quote = bar.querySelector('.share-quote');
const body = document.querySelector('.story-body');
/** The link to the words selected last. */
let url;

/** A part of a text fragment: percent-encoded, with the "-" and "," that separate parts escaped too. */
const part = (words) => encodeURIComponent(words.join(' ')).replace(/-/g, '%2D');

/**
 * The text fragment of the words a range holds: all of them or, for a long quote, its first and last
 * four. Browsers go to the first match, so if the words come earlier on the page too (a pull quote
 * repeats a sentence of the body), the three words before them go first, as the fragment's prefix.
 */
function fragment(words, range) {
  const start = words.length > 12 ? words.slice(0, 4) : words;
  const before = document.createRange();
  before.setStart(document.body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const preceding = before.toString().trim().split(/\s+/);
  const prefix = preceding.join(' ').includes(start.join(' ')) ? `${part(preceding.slice(-3))}-,` : '';
  return prefix + (start === words ? part(words) : `${part(start)},${part(words.slice(-4))}`);
}

/** Tells screen readers, for a while. */
function say(text) {
  live.textContent = text;
  setTimeout(() => (live.textContent = ''), 4000);
}

/** Shows the button under words selected in the body, hides it when there are none. */
function follow() {
  const selection = getSelection();
  const words = selection.toString().trim().split(/\s+/);
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  // The last block of the body the selection reaches, if it stays within the body.
  const block =
    range && words[0] && body.contains(range.commonAncestorContainer) ? [...body.children].findLast((child) => range.intersectsNode(child)) : undefined;
  if (!block) {
    quote.hidden = true;
    return;
  }
  url = `${field.value}#:~:text=${fragment(words, range)}`;
  if (block.nextElementSibling !== quote) block.after(quote);
  // Under the selection's last line, over the text: nothing else moves.
  const line = [...range.getClientRects()].at(-1) ?? block.getBoundingClientRect();
  quote.style.top = `${line.bottom + scrollY}px`;
  quote.style.left = `${line.left + scrollX}px`;
  if (quote.hidden) {
    quote.hidden = false;
    say(quote.textContent);
  }
}

if (body && (navigator.share || navigator.clipboard)) {
  // Pressing the button must not end the selection it shares.
  quote.addEventListener('mousedown', (event) => event.preventDefault());
  quote.addEventListener('click', async () => {
    if (navigator.share) return navigator.share({ title: document.title, url }).catch(() => {});
    await navigator.clipboard.writeText(url);
    say(bar.querySelector('[data-copy]').dataset.copied);
  });
  // Tab from selected words goes to the button; browsers would go on from the last click instead.
  document.addEventListener('keydown', (event) => {
    const from = document.activeElement;
    if (event.key === 'Tab' && !event.shiftKey && !quote.hidden && from !== quote && from.contains(getSelection().anchorNode)) {
      event.preventDefault();
      quote.focus();
    }
  });
  document.addEventListener('selectionchange', follow);
  follow();
}
