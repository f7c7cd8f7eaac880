import { getImage } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';
import { settings } from '../../settings.ts';

/** Each author's portrait for structured data, made once per build. */
const made = new Map<string, Promise<string | undefined>>();

/**
 * Absolute URL of an author's portrait as search engines are given it (a
 * 400 px square JPEG), or undefined when they have none.
 */
export function portraitUrl(author: CollectionEntry<'authors'>): Promise<string | undefined> {
  const { avatar } = author.data;
  if (!avatar) return Promise.resolve(undefined);
  let path = made.get(author.id);
  if (!path) {
    path = getImage({ src: avatar, width: 400, height: 400, fit: 'cover', format: 'jpg' }).then(({ src }) => new URL(src, `${settings.siteUrl}/`).href);
    made.set(author.id, path);
  }
  return path;
}
