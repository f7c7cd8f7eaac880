/**
 * Renders an article body, MDX words, to HTML: parsed with MDX's own
 * grammar (so the files stay MDX), checked against the content rules,
 * given typographic punctuation by remark-smartypants (on the blocks
 * that have typewriter punctuation) and heading ids by rehype-slug, GFM
 * tables and footnotes, and the body components drawn from their one
 * definition each. Nothing in a body is compiled or run:
 * it is a document, turned into another document. Runs in the content
 * loader's worker threads (src/features/articles/loader.ts), so every import
 * here names its file, as plain Node resolves it.
 */
import type { MarkdownHeading } from 'astro';
import type { ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { type BodyNode, bodyProblemMessage, contentProblems } from '../articles/content-rules.ts';
import { uiStrings } from '../../lib/i18n.ts';
import { proseParagraphs } from './plain-text.ts';
import { readingMinutes } from './reading-time.ts';
import { summarise } from './summary.ts';
import { typographic } from './typography.ts';
import { markedAuthors } from './author-name.ts';
import { splitArticleSource } from './article-source.ts';
import type { BodyContext } from './body-component.ts';
import { type BodyPicture, pictureMarker } from './body-picture.ts';
import { BODY_COMPONENTS } from './components.ts';
import { type BodyQuote, pullQuotesOf } from './pull-quote.ts';
import remarkSmartypantsOnTypewriterBlocks from './typewriter-blocks.ts';
import { SCROLL_BOX_CLASS, rehypeScrollBoxes } from './scroll-boxes.ts';
import { rehypeOutline } from './outline.ts';

/** A heading of the body in the shape Astro's `render()` reports a Markdown page's: its level, anchor and words. */
export type BodyHeading = MarkdownHeading;

/** A rendered body and what pages need to know of it without reading it. */
export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
  /** Whole minutes to read the prose. */
  readingMinutes: number;
  /** The first paragraph of prose as plain text, with the body's typography, cut to a summary's length: the summary of an article without a description. */
  summary: string;
  /** Author ids the body credits (pull quotes), whose names the page fills in. */
  authors: string[];
  /** The body's pictures, in the order of their markers. */
  pictures: BodyPicture[];
  /** The pull quotes, in order: each has a short link, a card and share links of its own. */
  quotes: BodyQuote[];
  /** Whether the body has a table or a block of code, whose scrolling boxes bring a stylesheet of their own. */
  scrollBoxes: boolean;
}

/** A body that cannot be published, with the message a writer acts on. */
export class BodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

/** The pictures a file's body keeps, in order, as the renderer collects them. */
function picturesOf(file: VFile): BodyPicture[] {
  return ((file.data as { pictures?: BodyPicture[] }).pictures ??= []);
}

/** Keeps a picture of the file's body and returns its marker. */
function keepPicture(file: VFile, picture: BodyPicture): ElementContent {
  const pictures = picturesOf(file);
  pictures.push(picture);
  return { type: 'comment', value: pictureMarker(pictures.length - 1) };
}

/**
 * Turns the MDX elements left in the HTML tree into HTML: components from
 * their definitions, elements as written; then every picture (a Markdown
 * image, an `<img>`) into a marker the page makes a responsive picture of.
 */
function rehypeBodyElements() {
  return (tree: HastRoot, file: VFile): void => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return;
      const jsx = node as MdxJsxFlowElementHast | MdxJsxTextElementHast;
      const line = jsx.position?.start.line ?? 0;
      // The content rules let through only literal attributes: a string, or a bare flag.
      const props = Object.fromEntries(jsx.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, a.value ?? true] as const] : []))) as Record<
        string,
        string | true
      >;
      const children = jsx.children as ElementContent[];
      const component = BODY_COMPONENTS[jsx.name ?? ''];
      const context: BodyContext = { picture: (picture) => keepPicture(file, { ...picture, line }) };
      const drawn = component ? component.render(props, children, context) : h(jsx.name!, props, children);
      const nodes: ElementContent[] = Array.isArray(drawn) ? drawn : [drawn];
      const [first] = nodes;
      if (first?.type === 'element') first.position ??= jsx.position;
      parent.children.splice(index, 1, ...nodes);
      // The new element's children may hold elements still to turn.
      return [SKIP, index] as const;
    });
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const { src, alt } = node.properties;
      parent.children[index] = keepPicture(file, {
        src: String(src ?? ''),
        alt: String(alt ?? ''),
        wide: false,
        figure: false,
        line: node.position?.start.line ?? 0,
      });
    });
  };
}

/** Collects the headings with the ids rehype-slug gave them. */
function headingsOf(tree: HastRoot): BodyHeading[] {
  const headings: BodyHeading[] = [];
  visit(tree, 'element', (node) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    // The notes' own heading is the renderer's, not the writer's: no contents list names it.
    if (depth && typeof node.properties.id === 'string' && node.properties.id !== 'footnote-label') {
      headings.push({ depth: Number(depth), slug: node.properties.id, text: hastToString(node) });
    }
  });
  return headings;
}

/** One processor per language: footnotes are labelled in the article's language. */
const processors = new Map<string, Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>>();

function processorFor(lang: string) {
  let processor = processors.get(lang);
  if (!processor) {
    const t = uiStrings(lang);
    processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkSmartypantsOnTypewriterBlocks)
      .use(remarkRehype, {
        passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'],
        footnoteLabel: t.notes,
        // A visible heading: notes are part of the article, for every reader.
        footnoteLabelProperties: {},
        footnoteBackLabel: (referenceIndex) => t.backToReference(referenceIndex + 1),
      })
      .use(rehypeBodyElements)
      .use(rehypeScrollBoxes, { table: t.table, code: t.code })
      .use(rehypeOutline)
      .use(rehypeSlug)
      .use(rehypeStringify) as unknown as Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>;
    processors.set(lang, processor);
  }
  return processor;
}

/** A parse error of MDX, as a writer can act on it: where, and how to write the character that broke it. */
function parseErrorMessage(file: string, error: unknown): string {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const point = place && 'start' in place && place.start ? place.start : place;
  const where = point?.line ? `${file}:${point.line}${point.column ? `:${point.column}` : ''}` : file;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return (
    `${where}: field "body": the text cannot be read as MDX (${reason.replace(/\.$/, '')}). ` +
    'In an article, "{" and "<" start code and tags: to print them, write \\{ and \\} for braces and &lt; for "<".'
  );
}

/**
 * Renders one article file (frontmatter and body) to HTML. `file` names
 * it in messages; `lang` labels its footnotes. Throws a BodyError that
 * names the file and line when the body breaks the content rules.
 */
export async function renderBody(source: string, { file, lang }: { file: string; lang: string }): Promise<RenderedBody> {
  const { data, body } = splitArticleSource(source);
  const processor = processorFor(lang);
  const vfile = new VFile({ path: file, value: body });
  let mdast: MdastRoot;
  try {
    mdast = processor.parse(vfile);
  } catch (error) {
    throw new BodyError(parseErrorMessage(file, error));
  }
  const problems = contentProblems(mdast as BodyNode, BODY_COMPONENTS);
  if (problems.length > 0) throw new BodyError(problems.map((problem) => bodyProblemMessage(file, problem)).join('\n'));
  const hast = await processor.run(mdast, vfile);
  const html = processor.stringify(hast, vfile);
  const paragraphs = proseParagraphs(body.trim());
  const quotes = pullQuotesOf(hast);
  // Its words are its link's identity (decision 21): a quote of no words could not be shared or found.
  if (quotes.some(({ text }) => text === '')) throw new BodyError(`${file}: field "body": a <PullQuote> has no words; put the sentence it repeats inside it`);
  return {
    html,
    headings: headingsOf(hast),
    readingMinutes: readingMinutes(paragraphs),
    // A body opening with a tag has no paragraph of plain prose first: the headline stands in.
    summary: summarise(typographic(paragraphs[0] ?? String(data.title ?? ''))),
    authors: markedAuthors(html),
    pictures: picturesOf(vfile),
    quotes,
    scrollBoxes: html.includes(`class="${SCROLL_BOX_CLASS}"`),
  };
}
