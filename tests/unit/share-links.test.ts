import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share-links';

describe('share links', () => {
  const links = shareLinks('https://news.example/s/k7tq4', 'A & B');

  it('covers X, Facebook, LinkedIn, WhatsApp, Telegram and email', () => {
    expect(links.map(({ name }) => name)).toEqual(['X', 'Facebook', 'LinkedIn', 'WhatsApp', 'Telegram', 'Email']);
  });

  it('puts the short URL, encoded, in every link', () => {
    for (const { href } of links) expect(href).toContain('https%3A%2F%2Fnews.example%2Fs%2Fk7tq4');
  });

  it('uses each network’s own address, so nothing but the network is contacted', () => {
    const hosts = links.filter(({ href }) => href.startsWith('https:')).map(({ href }) => new URL(href).host);
    expect(hosts).toEqual(['x.com', 'www.facebook.com', 'www.linkedin.com', 'wa.me', 't.me']);
    expect(links.at(-1)!.href).toBe('mailto:?subject=A%20%26%20B&body=https%3A%2F%2Fnews.example%2Fs%2Fk7tq4');
  });
});
