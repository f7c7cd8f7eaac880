import { describe, expect, it } from 'vitest';
import { AddressBook, addressKey } from './address-book.ts';

const a = { file: 'a.mdx', what: 'the address' };
const b = { file: 'b.mdx', what: 'an old address' };

describe('address book', () => {
  it('reads a path as hosts do: escapes decoded, case folded, slash dropped', () => {
    expect(addressKey('/S/%6B7tq4/')).toBe('/s/k7tq4');
    expect(addressKey('/')).toBe('/');
    expect(addressKey('/essays/index.html/')).toBe('/essays');
    expect(addressKey('/a/%zz/')).toBe('/a/%zz');
  });

  it('gives an address to its first claimant and names them to the second', () => {
    const book = new AddressBook();
    expect(book.claim('/s/k7tq4', a)).toBeUndefined();
    expect(book.claim('/s/k7tq4/', b)).toEqual({ address: '/s/k7tq4/', owner: a });
    expect(book.claim('/s/k7tq5/', b)).toBeUndefined();
  });

  it('holds everything below a folder, and refuses a folder over something held', () => {
    const book = new AddressBook();
    expect(book.claim('/opinion/op-ed/', a, { folder: true })).toBeUndefined();
    expect(book.claim('/opinion/op-ed/card.png', b)?.owner).toBe(a);
    expect(book.claim('/opinion/op-ed-2/', b)).toBeUndefined();
    expect(book.claim('/opinion/', b, { folder: true })?.owner).toBe(a);
    expect(book.claim('/opinion/', b)).toBeUndefined();
  });

  it('keeps reserved addresses from later claims', () => {
    const book = new AddressBook();
    book.reserve((key) => key.endsWith('.xml'), a);
    expect(book.claim('/rss.xml/', b)?.owner).toBe(a);
    expect(book.claim('/rss/', b)).toBeUndefined();
  });
});
