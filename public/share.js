// Enhances the share bar: copy the short link, and open the system share sheet where there is one.
const bar = document.querySelector('.share');
if (bar) {
  const field = bar.querySelector('input');
  const status = bar.querySelector('[role=status]');
  const copy = bar.querySelector('[data-copy]');
  const share = bar.querySelector('[data-share]');
  field.addEventListener('focus', () => field.select());
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      // No Clipboard API outside secure contexts: copy the selection the old way.
      if (!document.execCommand('copy')) return;
    }
    status.textContent = copy.dataset.copied;
    setTimeout(() => (status.textContent = ''), 4000);
  });
  if (navigator.share) {
    share.hidden = false;
    share.addEventListener('click', () => navigator.share({ title: document.title, url: field.value }).catch(() => {}));
  }
}
