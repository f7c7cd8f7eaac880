/**
 * Rules every article body follows: an article is words, never code.
 * Checked on the body's syntax tree before anything renders it, so a
 * broken body stops the build with the file, the line and what to write
 * instead, whatever renders the body afterwards:
 * - no `import` / `export` and no `{…}` expressions: nothing in a body is
 *   evaluated, so nothing can read the build's environment or files;
 * - components and HTML elements only from fixed lists, with literal
 *   attributes (`name="text"`, or a bare flag where a component takes one);
 *   no event handlers, no `style`, no embeds;
 * - URLs only within the site or over http, https, mailto and tel
 *   (src/features/articles/safe-url.ts); pictures only from files beside the article;
 * - every image has alt text, and the body has a paragraph of text.
 */
import { isAllowedUrl, refusedUrlProblem, urlScheme } from './safe-url.ts';

/** The parts of an mdast / MDX node these rules read. */
export interface BodyNode {
  type: string;
  name?: string | null;
  alt?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: BodyNode[];
  position?: { start: { line: number; column: number } };
}

/** What a body component accepts: each prop a literal `text` or a bare `flag`, and which it needs. */
export interface ComponentProps {
  props: Readonly<Record<string, 'text' | 'flag'>>;
  required?: readonly string[];
}

/** A problem in a body, at a line of the file. */
export interface BodyProblem {
  line: number;
  problem: string;
}

/** HTML elements a body may use beside Markdown, for words only: text-level and structural. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure ' +
    'h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary sup table tbody ' +
    'td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Attributes any allowed element may carry. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'title', 'id', 'translate']);

/** Attributes particular elements may carry as well. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  data: ['value'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

/** Attributes whose value is a URL, or (srcset) a list of them. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'cite', 'poster', 'xlink:href']);

/** Tags writers might reach for that would run code or pull in another document: named in the message. */
const CODE_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template']);

/** Raw HTML (plain Markdown only; MDX has none) opening a tag that runs code or carrying a handler. */
const RAW_HTML_WITH_CODE = new RegExp(
  `<\\s*(${[...CODE_TAGS].join('|')})\\b|\\son\\w+\\s*=|(href|src|action)\\s*=\\s*["']?\\s*(javascript|data|vbscript):`,
  'i',
);

const ESCAPES = 'to print a brace, write \\{ or \\}';

/** The URLs a `srcset` names: the first word of each comma-separated candidate. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** Whether a relative path climbs to a parent folder (`..`, escaped or not), out of the folder of the file that names it. */
export function climbsOut(path: string): boolean {
  return path.split(/[/\\]/).some((segment) => /^(?:\.|%2e){2}$/i.test(segment));
}

/** A picture must be a file of the site: another origin would be a request the reader never agreed to, and the CSP blocks it. */
function pictureProblem(url: string): string | undefined {
  if (!isAllowedUrl(url)) return refusedUrlProblem(url);
  if (urlScheme(url) !== undefined || url.startsWith('//')) {
    return `the image "${url}" is on another site; put the picture file next to the article and write its path (./picture.jpg)`;
  }
  if (climbsOut(url)) return `the image "${url}" is outside the article's folder; put the picture file next to the article and write its path (./picture.jpg)`;
  return undefined;
}

/** Whether a node holds words of the article's own: text, not counting what components (pull quotes) repeat. */
function hasText(node: BodyNode): boolean {
  if (node.type === 'text') return typeof node.value === 'string' && node.value.trim() !== '';
  if (isComponent(node)) return false;
  return (node.children ?? []).some(hasText);
}

/** Whether a node is a body component (a capitalised MDX tag). */
function isComponent(node: BodyNode): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '');
}

/** Checks one JSX element: a component with its props, or an allowed HTML element with its attributes. */
function elementProblems(node: BodyNode, components: Readonly<Record<string, ComponentProps>>): string[] {
  const name = node.name!;
  const problems: string[] = [];
  const isComponent = /^[A-Z]/.test(name);
  const component = isComponent ? components[name] : undefined;
  const known = Object.keys(components)
    .map((c) => `<${c}>`)
    .join(', ');
  if (isComponent && !component) {
    return [`unknown component <${name}>; articles can use ${known || 'no components'}`];
  }
  if (!isComponent && !ALLOWED_ELEMENTS.has(name.toLowerCase())) {
    return [
      CODE_TAGS.has(name.toLowerCase())
        ? `<${name}> is not allowed in an article: an article is words, and the site runs no code from one`
        : `<${name}> is not an element articles use; write Markdown, or one of ${known || 'no components'}`,
    ];
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name}> has a spread attribute {…}, which is code; write each attribute as name="text"`);
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attributeName)) {
      problems.push(`event handler attribute "${attributeName}" is not allowed: an article runs no code`);
      continue;
    }
    if (value !== null && typeof value === 'object') {
      problems.push(`<${name} ${attributeName}={…}> is code; write ${attributeName}="text"`);
      continue;
    }
    if (component) {
      const kind = component.props[attributeName];
      if (!kind) {
        const takes = Object.keys(component.props);
        problems.push(`<${name}> has no attribute "${attributeName}"; it takes ${takes.length ? takes.join(', ') : 'none'}`);
      } else if (kind === 'text' && typeof value !== 'string') {
        problems.push(`<${name}> attribute "${attributeName}" needs a value: ${attributeName}="text"`);
      } else if (kind === 'flag' && value !== null && value !== undefined) {
        problems.push(`<${name}> attribute "${attributeName}" is a flag: write it alone, without a value`);
      }
    } else {
      const lower = attributeName.toLowerCase();
      if (!GLOBAL_ATTRIBUTES.has(lower) && !ELEMENT_ATTRIBUTES[name.toLowerCase()]?.includes(lower)) {
        problems.push(`<${name}> may not carry the attribute "${attributeName}" in an article`);
      }
    }
    if (URL_ATTRIBUTES.has(attributeName.toLowerCase()) && typeof value === 'string') {
      const urls = attributeName.toLowerCase() === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) {
        const problem =
          attributeName.toLowerCase() === 'href' || attributeName.toLowerCase() === 'cite'
            ? isAllowedUrl(url)
              ? undefined
              : refusedUrlProblem(url)
            : pictureProblem(url);
        if (problem) problems.push(problem);
      }
    }
  }
  for (const required of component?.required ?? []) {
    if (!(node.attributes ?? []).some((a) => a.name === required)) problems.push(`<${name}> needs ${required}="…"`);
  }
  if (name === 'img' && !(node.attributes ?? []).some((a) => a.name === 'alt' && typeof a.value === 'string' && a.value.trim() !== '')) {
    problems.push('the image needs alt text');
  }
  return problems;
}

/** Finds what breaks the rules in a body's tree; an empty list means it is fine. */
export function contentProblems(tree: BodyNode, components: Readonly<Record<string, ComponentProps>>): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let prose = false;
  const visit = (node: BodyNode, inComponent: boolean): void => {
    const line = node.position?.start.line ?? 0;
    const add = (problem: string) => problems.push({ line, problem });
    switch (node.type) {
      case 'mdxjsEsm':
        add('import and export are code, which an article cannot carry; the components articles use need no import');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(`{…} is code, which an article cannot carry; ${ESCAPES}`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!node.name) {
          add('an empty tag <>…</> is not allowed; write the words without it');
          return;
        }
        elementProblems(node, components).forEach(add);
        break;
      case 'html':
        if (RAW_HTML_WITH_CODE.test(String(node.value))) add('raw HTML with code or embeds is not allowed in an article');
        break;
      case 'link':
      case 'definition':
        if (node.url !== undefined && !isAllowedUrl(node.url)) add(refusedUrlProblem(node.url));
        break;
      case 'image': {
        if (!node.alt?.trim()) add(`the image ${node.url ?? ''} needs alt text`);
        const problem = node.url === undefined ? undefined : pictureProblem(node.url);
        if (problem) add(problem);
        break;
      }
      case 'paragraph':
        if (!inComponent && hasText(node)) prose = true;
        break;
    }
    node.children?.forEach((child) => visit(child, inComponent || isComponent(node)));
  };
  visit(tree, false);
  if (!prose) problems.push({ line: 1, problem: 'the article has no paragraph of text; write the body below the frontmatter' });
  return problems.sort((a, b) => a.line - b.line);
}

/** A problem as the build prints it: file, line, the field "body", what is wrong. */
export function bodyProblemMessage(file: string, { line, problem }: BodyProblem): string {
  return `${file}:${line}: field "body": ${problem}`;
}

/** The remark plugin for plain Markdown pages: fails the file on its first problem, saying where. */
export function remarkContentRules(options: { components: Readonly<Record<string, ComponentProps>> }) {
  return (tree: BodyNode, file: { path?: string }): void => {
    const [first] = contentProblems(tree, options.components);
    if (first) throw new Error(bodyProblemMessage(file.path ?? 'a page', first));
  };
}
