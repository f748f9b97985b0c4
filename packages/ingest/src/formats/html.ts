import { parseDocument } from 'htmlparser2';

/** The parts of htmlparser2's DOM this module reads (domhandler's node shapes). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** Elements that are never content: code, styling, media, forms. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'head',
  'title',
  'form',
  'button',
  'select',
  'input',
  'textarea',
]);
/**
 * Page chrome by HTML landmark: navigation, banners, footers, side boxes. A saved page's menus,
 * breadcrumbs, RSS links and "read also" lists live here; the document's own text does not.
 */
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Class or id words that mark chrome in pages without landmarks. */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:breadcrumbs?|skip|skip-?link|cookie\w*|menu|navbar|share|social|sidebar)(?:$|[\s_-])/i;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'table',
  'tbody',
  'thead',
  'tr',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'hr',
]);
const HEADING = /^h[1-6]$/;

function isChrome(el: DomNode): boolean {
  const a = el.attribs ?? {};
  if (CHROME.has(el.name ?? '')) return true;
  if (a.role && CHROME_ROLES.has(a.role)) return true;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  return CHROME_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

function find(nodes: DomNode[], test: (n: DomNode) => boolean): DomNode | null {
  for (const n of nodes) {
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      if (test(n)) return n;
      const inner = find(n.children ?? [], test);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * HTML (a page saved from a browser, or Word's HTML) → plain text that keeps the document's structure:
 * headings and paragraphs on lines of their own with a blank line around them, list items as "- item",
 * table rows as lines with cells separated by a space, line breaks kept. Navigation, banners, footers,
 * side boxes, scripts and styles are dropped; when the page marks its content (`<main>`, `role=main`,
 * or a single `<article>`), only that is read.
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const roots = doc.children ?? [];
  const main =
    find(roots, (n) => n.name === 'main' || n.attribs?.role === 'main') ??
    find(roots, (n) => n.name === 'article');
  let out = '';
  const newline = (blank: boolean) => {
    out = out.replace(/[ \t]+$/, '');
    if (!out) return;
    if (blank) out = out.replace(/\n*$/, '\n\n');
    else if (!out.endsWith('\n')) out += '\n';
  };
  const walk = (node: DomNode) => {
    if (node.type === 'text') {
      // HTML collapses ASCII white space only: a no-break space (1 000 €) is text and stays.
      const t = (node.data ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      if (out.endsWith('\n') || !out) out += t.replace(/^ /, '');
      else out += t;
      return;
    }
    if (node.type !== 'tag') return;
    const name = node.name ?? '';
    if (SKIP.has(name) || isChrome(node)) return;
    if (name === 'br') {
      newline(false);
      return;
    }
    const heading = HEADING.test(name);
    const block = heading || BLOCK.has(name);
    if (block) newline(heading || name === 'p');
    if (name === 'li') {
      newline(false);
      out += '- ';
    }
    if ((name === 'td' || name === 'th') && !out.endsWith('\n') && out) out += ' ';
    for (const c of node.children ?? []) walk(c);
    if (block || name === 'li') newline(heading || name === 'p');
  };
  for (const n of main ? [main] : roots) walk(n);
  return `${out
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Whether a decoded text is HTML markup rather than text that happens to contain a "<". */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text) ||
    /<(?:body|p|div|h1)[\s>]/i.test(text.slice(0, 2000))
  );
}
