import { describe, expect, it } from 'vitest';
import { queryValue, shareLinks } from './share-links.ts';

describe('share links', () => {
  const links = shareLinks('https://news.example/s/k7tq4', 'A & B', '/longread/share/mastodon/');

  it('covers X, Bluesky, Mastodon, Facebook, LinkedIn, WhatsApp, Telegram and email', () => {
    expect(links.map(({ name }) => name)).toEqual(['X', 'Bluesky', 'Mastodon', 'Facebook', 'LinkedIn', 'WhatsApp', 'Telegram', 'Email']);
  });

  it('puts the short URL in every link, where each network reads it', () => {
    const read = (href: string, parameter: string) => new URL(href, 'https://news.example').searchParams.get(parameter);
    const [x, bluesky, mastodon, facebook, linkedIn, whatsApp, telegram, email] = links.map(({ href }) => href);
    expect(read(x!, 'url')).toBe('https://news.example/s/k7tq4');
    expect(read(bluesky!, 'text')).toBe('https://news.example/s/k7tq4');
    expect(read(mastodon!, 'text')).toBe('https://news.example/s/k7tq4');
    expect(read(facebook!, 'u')).toBe('https://news.example/s/k7tq4');
    expect(read(linkedIn!, 'url')).toBe('https://news.example/s/k7tq4');
    expect(read(whatsApp!, 'text')).toBe('https://news.example/s/k7tq4');
    expect(read(telegram!, 'url')).toBe('https://news.example/s/k7tq4');
    expect(read(email!, 'body')).toBe('https://news.example/s/k7tq4');
  });

  it('encodes what a query value cannot hold', () => {
    expect(queryValue('https://news.example/s/k7tq4?a=1&b=2#c')).toBe('https://news.example/s/k7tq4%3Fa%3D1%26b%3D2%23c');
  });

  it('uses each network’s own address, so nothing but the network is contacted', () => {
    const hosts = links.filter(({ href }) => href.startsWith('https:')).map(({ href }) => new URL(href).host);
    expect(hosts).toEqual(['x.com', 'bsky.app', 'www.facebook.com', 'www.linkedin.com', 'wa.me', 't.me']);
  });

  it('sends Mastodon to the site’s own page, which asks for the reader’s server', () => {
    expect(links[2]!.href).toBe('/longread/share/mastodon/?text=https://news.example/s/k7tq4');
    expect(links.at(-1)!.href).toBe('mailto:?subject=A%20%26%20B&body=https://news.example/s/k7tq4');
  });

  it('with a quote, gives its words to every form that takes words, beside the URL', () => {
    const quote = '“Enough is enough” & more';
    const read = (href: string, parameter: string) => new URL(href).searchParams.get(parameter);
    const [x, bluesky, mastodon, facebook, , whatsApp, telegram, email] = shareLinks('https://news.example/s/k7tq4-1', 'A & B', '/share/mastodon/', quote).map(
      ({ href }) => href,
    );
    expect([read(x!, 'text'), read(x!, 'url')]).toEqual([quote, 'https://news.example/s/k7tq4-1']);
    expect(read(bluesky!, 'text')).toBe(`${quote} https://news.example/s/k7tq4-1`);
    expect(read(`https://news.example${mastodon!}`, 'text')).toBe(`${quote} https://news.example/s/k7tq4-1`);
    expect(read(facebook!, 'u')).toBe('https://news.example/s/k7tq4-1');
    expect(read(whatsApp!, 'text')).toBe(`${quote} https://news.example/s/k7tq4-1`);
    expect([read(telegram!, 'url'), read(telegram!, 'text')]).toEqual(['https://news.example/s/k7tq4-1', quote]);
    expect(decodeURIComponent(email!.split('body=')[1]!)).toBe(`${quote}\n\nhttps://news.example/s/k7tq4-1`);
  });
});
