import { describe, expect, it } from 'vitest';
import { mastheadSections, orderSections } from './navigation.ts';

describe('navigation', () => {
  const sections = [
    { id: 'world', name: 'World' },
    { id: 'culture', name: 'Culture' },
    { id: 'opinion', name: 'Opinion', order: 1 },
    { id: 'business', name: 'Business', order: 2 },
    { id: 'arts', name: 'Arts' },
  ];

  it('orders sections by their order, then the rest by name', () => {
    expect(orderSections(sections, 'en').map(({ id }) => id)).toEqual(['opinion', 'business', 'arts', 'culture', 'world']);
  });

  it('puts the first few in the masthead and the rest in its menu', () => {
    const { bar, menu } = mastheadSections(orderSections(sections, 'en'), 3);
    expect(bar.map(({ id }) => id)).toEqual(['opinion', 'business', 'arts']);
    expect(menu.map(({ id }) => id)).toEqual(['culture', 'world']);
    expect(mastheadSections(sections, 9).menu).toEqual([]);
  });
});
