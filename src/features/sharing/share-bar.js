const bar = document.querySelector('.share');
const field = bar?.querySelector('input');
if (field) {
  const status = bar.querySelector('[role=status]');
  const [copy, share, quote] = bar.querySelectorAll('button');
  field.addEventListener('focus', () => field.select());
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText(field.value);
      status.textContent = copy.dataset.copied;
      setTimeout(() => (status.textContent = ''), 4000);
    });
  }
  if (navigator.share) {
    share.hidden = false;
    share.addEventListener('click', () => navigator.share({ title: document.title, url: field.value }).catch(() => {}));
  }
  document.addEventListener('selectionchange', () => getSelection().isCollapsed || import(quote.dataset.script));
}
