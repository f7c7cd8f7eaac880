// Fills in the post from ?text=, remembers the reader's server on this device only, and sends them to its share form.
const form = document.querySelector('.mastodon-share');
if (form) {
  const { text, server } = form.elements;
  text.value = new URLSearchParams(location.search).get('text') ?? '';
  try {
    server.value = localStorage.getItem('mastodon-server') ?? '';
  } catch {}
  form.hidden = false;
  server.addEventListener('input', () => server.setCustomValidity(''));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A server's name, its address or a whole handle (@name@server) all name it.
    const name = server.value
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/^[^/]*@/, '')
      .split('/')[0];
    let host = '';
    try {
      host = new URL(`https://${name}`).host;
    } catch {}
    if (!/^[^.]+\.[^.]/.test(host)) {
      server.setCustomValidity(server.dataset.invalid);
      server.reportValidity();
      return;
    }
    try {
      localStorage.setItem('mastodon-server', host);
    } catch {}
    location.assign(`https://${host}/share?text=${encodeURIComponent(text.value)}`);
  });
}
