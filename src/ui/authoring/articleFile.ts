/**
 * A dropped or picked article file → plain text. Only .txt, .md and .html are taken; a file that
 * holds binary data, is not UTF-8 or is over 5 MB is refused with the reason. HTML is reduced to
 * its readable text with the browser's own parser (DOMParser, which runs no script and loads
 * nothing): scripts, styles, navigation, forms and cookie banners are dropped, paragraphs kept.
 * Nothing from the file is ever rendered as HTML.
 */
import { MAX_ARTICLE_BYTES } from './articleInput';

export type ReadArticle = { ok: true; text: string; cleaning: string } | { ok: false; reason: string };

const DROPPED =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select, dialog, ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], [aria-hidden="true"], [hidden]';
const BANNER = /cookie|consent|gdpr|newsletter|subscribe|paywall|advert|promo|share|social|related/i;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

/** The readable text of an HTML document: one paragraph per block, separated by a blank line. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROPPED).forEach((el) => el.remove());
  doc.querySelectorAll('[id], [class]').forEach((el) => {
    const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (BANNER.test(names) && el.tagName !== 'BODY' && el.tagName !== 'MAIN' && el.tagName !== 'ARTICLE') el.remove();
  });
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const texts = (blocks.length ? blocks : [root]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  const title = doc.querySelector('h1') ? [] : [(doc.title ?? '').trim()];
  return [...title, ...texts].filter(Boolean).join('\n\n');
}

const KINDS = /\.(txt|text|md|markdown|html?|xhtml)$/i;

export async function readArticleFile(file: File): Promise<ReadArticle> {
  const name = `“${file.name}”`;
  if (!KINDS.test(file.name))
    return { ok: false, reason: `${name} is not a .txt, .md or .html file: choose the article as text or a web page.` };
  if (file.size === 0) return { ok: false, reason: `${name} is empty.` };
  if (file.size > MAX_ARTICLE_BYTES)
    return {
      ok: false,
      reason: `${name} is ${(file.size / 1048576).toFixed(1)} MB; an article can be at most 5 MB.`,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 8000).includes(0))
    return { ok: false, reason: `${name} holds binary data, not text: save the article as .txt or .html first.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, reason: `${name} is not UTF-8 text: save it as UTF-8 and choose it again.` };
  }
  if (/\.x?html?$/i.test(file.name)) {
    const readable = htmlToText(text);
    if (!readable.trim())
      return { ok: false, reason: `${name} has no readable text once scripts and menus are dropped.` };
    return { ok: true, text: readable, cleaning: `HTML file ${file.name} reduced to its readable text in the browser` };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), cleaning: `text of the file ${file.name}, as it is` };
}
