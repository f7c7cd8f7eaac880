import { describe, expect, it } from 'vitest';
import { AstroLogFilter } from './build-log.ts';

describe("the filter over Astro's output", () => {
  it('takes out the page lines, counts them, and lets every other line through whole', () => {
    const filter = new AstroLogFilter();
    const printed =
      filter.take('18:42:32 [build] Building static entrypoints...\n\n generating static routes \n18:42:33   ├─ /card.png18:42:33   ├─ /404.h') +
      filter.take('tml18:42:33   ├─ /robots.txt (+100ms) \n18:42:33   ├─ /rss.xml (+106ms) \n18:42:33   └─ /index.html (+37ms) \n') +
      filter.take('18:42:34 [WARN] [router] A warning the deployer must see.\n18:42:35 [build] 5 page(s) built in 3.03s\n18:42:35 [build] Complete!') +
      filter.end();
    expect(printed).toBe(
      '18:42:32 [build] Building static entrypoints...\n\n18:42:34 [WARN] [router] A warning the deployer must see.\n18:42:35 [build] 5 page(s) built in 3.03s\n18:42:35 [build] Complete!\n',
    );
    expect(filter.pages).toBe(5);
  });

  it('keeps what shares a line with a page mark, and drops a timing that comes on its own line', () => {
    const filter = new AstroLogFilter();
    expect(filter.take('18:42:33   ├─ /a/index.html18:42:34 [ERROR] Something broke\n')).toBe('18:42:34 [ERROR] Something broke\n');
    expect(filter.take(' (+12ms) \n')).toBe('');
    expect(filter.take('18:42:33   ├─ /b/index.html (+1.5s) (reused cache entry)\n')).toBe('');
    expect(filter.pages).toBe(2);
  });

  it('counts the pages Astro copied from its last build, whether the mark shares the line or not', () => {
    const filter = new AstroLogFilter();
    expect(
      filter.take('18:42:33   ├─ /a/index.html18:42:33   ├─ /b/index.html (restored)\n (restored)\n (cached)\n18:42:34   ├─ /c/index.html (+3ms) \n'),
    ).toBe('');
    expect([filter.pages, filter.reused]).toEqual([3, 3]);
  });
});
