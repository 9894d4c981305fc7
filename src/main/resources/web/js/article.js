// The reading page: /articles/{id}?start=..&end=.. shows the whole article with the cited words marked and in view.

import { fetchArticle } from './api.js';
import { h } from './dom.js';
import { formatDate, outletOf, safeUrl } from './format.js';

const main = document.getElementById('article');
const id = decodeURIComponent(location.pathname.replace(/^\/articles\//, ''));
const params = new URLSearchParams(location.search);
const start = Number.parseInt(params.get('start') ?? '', 10);
const end = Number.parseInt(params.get('end') ?? '', 10);

try {
  show(await fetchArticle(id));
} catch (e) {
  main.replaceChildren(h('div', { className: 'error', role: 'alert' }, h('p', {}, e.message)), h('p', {}, h('a', { href: '/' }, 'Back to the chat')));
} finally {
  main.removeAttribute('aria-busy');
}

function show(article) {
  document.title = `${article.title || 'Untitled article'} · Byline`;
  const original = safeUrl(article.url);
  const highlight = start >= 0 && end > start && end <= article.text.length;
  main.replaceChildren(
    h('h1', {}, article.title || 'Untitled article'),
    h('p', { className: 'byline-meta' },
      h('span', { className: 'outlet' }, outletOf(article.source)), ' · ', formatDate(article.published),
      article.author ? ` · ${article.author}` : null),
    h('p', {}, original ? h('a', { href: original, target: '_blank', rel: 'noopener noreferrer' }, 'Original article ↗') : h('span', { className: 'muted' }, 'No link to the original.')),
    h('div', { className: 'article-body' }, paragraphs(article.text, highlight ? start : -1, highlight ? end : -1)));
  const first = main.querySelector('mark');
  if (first) {
    first.id = 'cited';
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }
}

/** The text split at blank lines into paragraphs, with [from, to) marked wherever it falls. */
function paragraphs(text, from, to) {
  const result = [];
  const separator = /\n\s*\n/g;
  let offset = 0;
  for (let match; ; offset = match.index + match[0].length) {
    match = separator.exec(text);
    const stop = match ? match.index : text.length;
    if (stop > offset) result.push(h('p', {}, segment(text, offset, stop, from, to)));
    if (!match) break;
  }
  return result;
}

function segment(text, offset, stop, from, to) {
  const a = Math.max(offset, from);
  const b = Math.min(stop, to);
  if (from < 0 || a >= b) return [text.slice(offset, stop)];
  return [text.slice(offset, a), h('mark', {}, text.slice(a, b)), text.slice(b, stop)];
}
