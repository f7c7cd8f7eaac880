/**
 * Rules every Markdown/MDX body must follow, checked on its syntax tree as
 * it is compiled, so a broken body stops the build with the file, the line
 * and what to do:
 * - only the components articles are given (an unknown one would otherwise
 *   fail later, naming a route instead of the file);
 * - no raw `<script>`, `<style>`, embeds or `on…` handlers: words carry no
 *   code, and the Content-Security-Policy allows no inline script;
 * - every image has alt text.
 */

/** The parts of an mdast / MDX JSX node these rules read. */
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

/** Tags that would run code or pull in another document. */
const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form']);

/** Raw HTML opening a forbidden tag or carrying an event handler. */
const RAW_HTML_WITH_CODE = new RegExp(`<\\s*(${[...FORBIDDEN_TAGS].join('|')})\\b|\\son\\w+\\s*=`, 'i');

/** Finds what breaks the rules in a body's tree; an empty list means it is fine. */
export function contentProblems(tree: BodyNode, components: readonly string[]): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  const visit = (node: BodyNode): void => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const name = node.name;
      if (/^[A-Z]/.test(name) && !components.includes(name)) {
        problems.push({ line, problem: `unknown component <${name}>; articles can use ${components.map((c) => `<${c}>`).join(', ')}` });
      } else if (FORBIDDEN_TAGS.has(name.toLowerCase())) {
        problems.push({ line, problem: `<${name}> is not allowed in an article` });
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.name && /^on/i.test(attribute.name)) {
          problems.push({ line, problem: `event handler attribute "${attribute.name}" is not allowed` });
        }
      }
      if (name === 'img' && !(node.attributes ?? []).some((a) => a.name === 'alt' && typeof a.value === 'string' && a.value.trim() !== '')) {
        problems.push({ line, problem: 'the image needs alt text' });
      }
    }
    if (node.type === 'html' && RAW_HTML_WITH_CODE.test(String(node.value))) {
      problems.push({ line, problem: 'raw HTML with code or embeds is not allowed in an article' });
    }
    if (node.type === 'image' && !node.alt?.trim()) {
      problems.push({ line, problem: `the image ${node.url ?? ''} needs alt text` });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** The remark plugin: fails the file on its first problem, saying where. */
export function remarkContentRules(options: { components: readonly string[] }) {
  return (tree: BodyNode, file: { path?: string }): void => {
    const [first] = contentProblems(tree, options.components);
    if (first) throw new Error(`${file.path ?? 'an article'}:${first.line}: field "body": ${first.problem}`);
  };
}
