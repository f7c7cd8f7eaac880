import { getCollection } from 'astro:content';
import { once } from '../../lib/once.ts';
import { settings } from '../../settings.ts';
import { orderSections } from './navigation.ts';

/** The sections, in the order the masthead and footer show them. */
export const orderedSections = once(async () => {
  const sections = await getCollection('sections');
  return orderSections(
    sections.map((section) => ({ id: section.id, name: section.data.name, order: section.data.order })),
    settings.locale,
  );
});
