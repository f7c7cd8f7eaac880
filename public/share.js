// Enhances the share bar: copy the short link, and open the system share sheet where there is one.
// Without the Clipboard API (pages not served over HTTPS) Copy stays hidden; focusing the field selects the link.
const bar = document.querySelector('.share');
if (bar) {
  const field = bar.querySelector('input');
  const status = bar.querySelector('[role=status]');
  const copy = bar.querySelector('[data-copy]');
  const share = bar.querySelector('[data-share]');
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
}
