/**
 * The publisher's structured data names the pages stating its policies
 * (settings.policies). Each must be a page the site has, and a `#fragment`
 * a heading on it, or search engines and fact-checkers are sent nowhere.
 */
import type { SiteSettings } from '../../settings.ts';

/** Settings naming policy pages, by field. */
export type Policies = SiteSettings['policies'];

/** Policies that point at no page, or at a heading the page lacks, with the field to name. */
export function missingPolicies(policies: Policies, pages: ReadonlyMap<string, ReadonlySet<string>>): { field: string; problem: string }[] {
  return Object.entries(policies).flatMap(([name, target]) => {
    const [path = '', fragment] = target.split('#');
    const anchors = pages.get(path);
    const field = `policies.${name}`;
    if (!anchors) return [{ field, problem: `${target} is not a page of the site (pages: ${[...pages.keys()].join(', ')})` }];
    if (fragment && !anchors.has(fragment)) {
      return [{ field, problem: `${path} has no heading #${fragment} (it has ${[...anchors].map((a) => `#${a}`).join(', ') || 'none'})` }];
    }
    return [];
  });
}
