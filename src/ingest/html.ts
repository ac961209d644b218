import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The few DOM members this module reads; linkedom's nodes have them. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  title: string;
  body: DomElement | null;
  documentElement: DomElement;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface HtmlText {
  /** Main text of the page; claim offsets refer to this string. */
  text: string;
  title: string | null;
  /** `YYYY-MM-DD` from the page's metadata, when it has one. */
  published: string | null;
}

// Never part of the text: code, styling, embedded objects and form controls.
const DROP =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
  'time[datetime]',
];

/**
 * Reads the main text of an untrusted HTML page: Readability picks the article, and the
 * text is rebuilt with a blank line between blocks. Scripts, styles and event-handler
 * attributes never reach the text (attributes are never serialised at all).
 *
 * @example
 * htmlToText('<h1>Embassy closes</h1><p onclick="x()">It shut.</p><script>evil()</script>').text
 * // => 'Embassy closes\n\nIt shut.'
 */
export function htmlToText(html: string): HtmlText {
  // linkedom needs a whole document; a fragment ("<p>…</p>") is wrapped in one.
  const whole = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  const doc: DomDocument = document;
  for (const el of Array.from(doc.querySelectorAll(DROP))) el.remove();
  const published = publishedOf(doc);
  const fallbackTitle = doc.title.trim() || null;
  const fallbackBody = doc.body ? blockText(doc.body) : blockText(doc.documentElement);

  const article = new Readability<string>(document, {
    serializer: (node) => blockText(node),
    charThreshold: 200,
  }).parse();
  const body = article?.content?.trim() ? article.content : fallbackBody;
  const title = article?.title?.trim() || fallbackTitle;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, title, published };
}

function publishedOf(doc: DomDocument): string | null {
  for (const selector of PUBLISHED_META) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? '';
      const day = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
      if (day?.[1]) return day[1];
    }
  }
  return null;
}

/**
 * Text of a subtree with paragraph breaks between blocks and runs of spaces collapsed. A data
 * table's rows become lines of tab-separated cells, as a table pasted into a text file, so the
 * readers of tables (`tables.ts`) see its columns; a layout table (cells holding paragraphs)
 * stays a run of blocks.
 */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    if (name === 'TR' && isDataRow(node)) {
      parts.push(rowText(node), '\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    // The indentation between a table's rows is markup, not text: it would part the rows.
    const rows = TABLE_PARTS.has(name);
    for (const child of Array.from(node.childNodes))
      if (!(rows && child.nodeType === 3 && !(child.nodeValue ?? '').trim())) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const CELL = new Set(['TD', 'TH']);
const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT']);

/** A row whose cells hold only inline content: a row of data, not of page layout. */
function isDataRow(row: DomNode): boolean {
  const inline = (node: DomNode): boolean =>
    node.nodeType !== 1 ||
    (!BLOCK.has(node.nodeName.toUpperCase()) && Array.from(node.childNodes).every(inline));
  return Array.from(row.childNodes).every(
    (cell) =>
      cell.nodeType !== 1 ||
      (CELL.has(cell.nodeName.toUpperCase()) && Array.from(cell.childNodes).every(inline)),
  );
}

/** A data row as one line: each cell's text, spaces collapsed, joined by tabs (empty cells kept). */
function rowText(row: DomNode): string {
  const cells: string[] = [];
  for (const cell of Array.from(row.childNodes)) {
    if (cell.nodeType !== 1) continue;
    const words: string[] = [];
    const collect = (node: DomNode): void => {
      if (node.nodeType === 3) words.push(node.nodeValue ?? '');
      else if (node.nodeName.toUpperCase() === 'BR') words.push(' ');
      else for (const child of Array.from(node.childNodes)) collect(child);
    };
    collect(cell);
    cells.push(words.join('').replace(/\s+/g, ' ').trim());
  }
  return cells.join('\t');
}
