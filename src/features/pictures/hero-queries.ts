import type { ImageMetadata } from 'astro';
import type { Article } from '../articles/article-queries.ts';

/** An article's hero photo as previews need it: where its file is, its size and its alt text. */
export interface HeroPhoto {
  /** The source file on disk. */
  file: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * Astro's image metadata, read without marking the original file as used
 * by a page: reading a field of the metadata itself tells Astro to publish
 * the untouched original (an 8000×6000 photo of many megabytes) beside the
 * sizes it makes. Its `clone` and `fsPath` are read without that.
 */
export function plainImage(image: ImageMetadata): { file: string; width: number; height: number } {
  const hidden = image as ImageMetadata & { clone?: ImageMetadata; fsPath?: string };
  const { width, height } = hidden.clone ?? image;
  return { file: hidden.fsPath ?? '', width, height };
}

/** An article's hero photo, or undefined without a hero. */
export function heroPhoto(article: Article): HeroPhoto | undefined {
  const hero = article.entry.data.hero;
  return hero && { ...plainImage(hero.src), alt: hero.alt };
}
