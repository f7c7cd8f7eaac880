/**
 * The components an article body may use, by the name written in MDX.
 * The content rules refuse any other capitalised tag, naming the file and
 * line; the body renderer draws each from its definition here.
 */
import type { BodyComponent } from './body-component.ts';
import { figure } from './figure.ts';
import { pullQuote } from './pull-quote.ts';

export const BODY_COMPONENTS: Readonly<Record<string, BodyComponent>> = Object.fromEntries([pullQuote, figure].map((component) => [component.name, component]));
