import { describe, expect, it } from 'vitest';
import { HANDLE_PATTERNS, mastodonProfileUrl, profiles } from './profiles.ts';

describe('author profiles', () => {
  it('turns each handle into its profile page, in a fixed order', () => {
    expect(profiles({ threads: '@ada.writes', bluesky: '@Ada.bsky.social', mastodon: '@ada@Mastodon.Example', x: '@adawriter' })).toEqual([
      { network: 'X', handle: '@adawriter', url: 'https://x.com/adawriter' },
      { network: 'Mastodon', handle: '@ada@Mastodon.Example', url: 'https://mastodon.example/@ada' },
      { network: 'Bluesky', handle: '@Ada.bsky.social', url: 'https://bsky.app/profile/ada.bsky.social' },
      { network: 'Threads', handle: '@ada.writes', url: 'https://www.threads.com/@ada.writes' },
    ]);
  });

  it('lists nothing for an author without handles', () => {
    expect(profiles({})).toEqual([]);
    expect(profiles({ x: undefined })).toEqual([]);
  });

  it('accepts the handles each network gives out', () => {
    expect(HANDLE_PATTERNS.mastodon.test('@ada_writer@mastodon.social')).toBe(true);
    expect(HANDLE_PATTERNS.mastodon.test('@ada.writer@social.example.org')).toBe(true);
    expect(HANDLE_PATTERNS.bluesky.test('@ada.bsky.social')).toBe(true);
    expect(HANDLE_PATTERNS.bluesky.test('@ada-writer.example')).toBe(true);
    expect(HANDLE_PATTERNS.threads.test('@ada.writes_2')).toBe(true);
  });

  it('refuses what is not a handle of that network', () => {
    for (const handle of ['ada@mastodon.social', '@ada', '@ada@localhost', '@ada@mastodon.social/', 'https://mastodon.social/@ada', '@a da@x.example']) {
      expect(HANDLE_PATTERNS.mastodon.test(handle), handle).toBe(false);
    }
    for (const handle of ['ada.bsky.social', '@ada', '@ada.bsky.social.', '@-ada.bsky.social', '@ada@bsky.social']) {
      expect(HANDLE_PATTERNS.bluesky.test(handle), handle).toBe(false);
    }
    for (const handle of ['ada', '@ada-writes', `@${'a'.repeat(31)}`]) {
      expect(HANDLE_PATTERNS.threads.test(handle), handle).toBe(false);
    }
  });

  it('says what a Mastodon handle should look like when given something else', () => {
    expect(() => mastodonProfileUrl('@ada')).toThrow(/@name@mastodon\.social/);
  });
});
