/**
 * What the build tells a deployer before a host refuses the site: for each
 * host it targets, the files, bytes and redirect rules of the output
 * against that host's documented limits (src/features/host-files/host-limits.ts), and a
 * warning for each limit exceeded or each redirect left to a stub page.
 */
import { HOST_LIMITS, type Host } from './host-limits.ts';

/** What the build wrote, as the report measures it. */
export interface OutputMeasure {
  files: number;
  bytes: number;
  largest: { file: string; bytes: number };
  /** Paths the site redirects (each short link and old address once). */
  redirects: number;
  /** Rules in `_redirects`, and its size in bytes. */
  redirectsFile: { rules: number; bytes: number };
  /** Redirects in `vercel.json`. */
  vercelRules: number;
}

/** One host's line of the report, and its warnings. */
export interface HostFit {
  line: string;
  warnings: string[];
}

const number = (value: number) => value.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Each targeted host's line: what it gets, against its limits. */
export function hostFit(measure: OutputMeasure, hosts: readonly Host[]): HostFit[] {
  return hosts.map((host) => {
    const limits = HOST_LIMITS[host];
    const warnings: string[] = [];
    const parts = [`${number(measure.files)} files${limits.files ? ` (limit ${number(limits.files)})` : ''}`];
    parts.push(`${megabytes(measure.bytes)}${limits.siteBytes ? ` (limit ${megabytes(limits.siteBytes)})` : ''}`);
    parts.push(`largest ${measure.largest.file} ${megabytes(measure.largest.bytes)}${limits.fileBytes ? ` (limit ${megabytes(limits.fileBytes)})` : ''}`);
    if (limits.files && measure.files > limits.files)
      warnings.push(`${limits.name} takes ${number(limits.files)} files; the site has ${number(measure.files)}`);
    if (limits.siteBytes && measure.bytes > limits.siteBytes)
      warnings.push(`${limits.name} publishes ${megabytes(limits.siteBytes)} at most; the site is ${megabytes(measure.bytes)}`);
    if (limits.fileBytes && measure.largest.bytes > limits.fileBytes) {
      warnings.push(`${limits.name} takes files of ${megabytes(limits.fileBytes)} at most; ${measure.largest.file} is ${megabytes(measure.largest.bytes)}`);
    }
    const rules = limits.rulesFile === 'redirects' ? measure.redirectsFile.rules : limits.rulesFile === 'vercel' ? measure.vercelRules : undefined;
    if (rules !== undefined) {
      // Both slash forms of each path are a rule.
      const answered = Math.floor(rules / 2);
      parts.push(`${number(rules)} redirect rules${limits.redirectRules ? ` (limit ${number(limits.redirectRules)})` : ''}`);
      if (limits.redirectRules && rules > limits.redirectRules)
        warnings.push(`${limits.name} reads ${number(limits.redirectRules)} redirect rules; the site has ${number(rules)}`);
      if (limits.rulesFileBytes && measure.redirectsFile.bytes > limits.rulesFileBytes) {
        warnings.push(
          `${limits.name} reads a _redirects file of ${number(limits.rulesFileBytes)} bytes at most; it has ${number(measure.redirectsFile.bytes)}`,
        );
      }
      if (answered < measure.redirects) {
        warnings.push(
          `${limits.name}: ${number(measure.redirects - answered)} of ${number(measure.redirects)} short links and old addresses answer through their stub pages, not a 301 (docs/deploy.md)`,
        );
      }
    } else {
      parts.push(
        `${number(measure.redirects)} redirects ${limits.rulesFile === 'nginx' ? 'from a hashed map' : limits.rulesFile === 'apache' ? 'by rules in their own folders' : 'by stub page'}`,
      );
    }
    return { line: `${limits.name}: ${parts.join(', ')}`, warnings };
  });
}
