// Source cards (the cited passage with the cited words highlighted) and quote cards.

import { h, marked } from './dom.js';
import { articleHref, formatDate, outletOf, safeUrl } from './format.js';

/** The card for one citation: outlet, headline, date, the passage with the cited words marked, and links out. */
export function sourceCard(citation, onClose) {
  const original = safeUrl(citation.url);
  const heading = h('h3', { className: 'card-title', tabIndex: -1 }, citation.title || 'Untitled article');
  const card = h('section', { className: 'source-card', 'aria-label': `Source ${citation.n}` },
    h('div', { className: 'card-head' },
      h('span', { className: 'badge' }, `[${citation.n}]`),
      h('span', { className: 'outlet' }, outletOf(citation.source)),
      h('span', { className: 'date' }, formatDate(citation.published)),
      h('button', { type: 'button', className: 'close quiet', 'aria-label': 'Close source', onclick: onClose }, '×')),
    heading,
    h('blockquote', { className: 'passage' },
      marked(citation.snippet, citation.citedStart - citation.start, citation.citedEnd - citation.start)),
    h('p', { className: 'card-links' },
      original ? h('a', { href: original, target: '_blank', rel: 'noopener noreferrer' }, 'Original article ↗') : h('span', { className: 'muted' }, 'No link to the original'),
      h('a', { href: articleHref(citation) }, 'Read in context')));
  card.addEventListener('keydown', event => {
    if (event.key === 'Escape') onClose();
  });
  return { card, focus: () => heading.focus() };
}

/** A quote card: the verbatim words, who said them (and their role), when, and the source to open. */
export function quoteCard(quote, openSource) {
  const who = quote.hedged
    ? `“${quote.speakerMention}” (${quote.speakerMention && quote.speakerMention.toLowerCase() !== (quote.speaker || '').toLowerCase() ? `most likely ${quote.speaker}` : 'the article does not say who'})`
    : [quote.speaker || 'Unknown speaker', quote.role].filter(Boolean).join(', ');
  const reported = quote.type && quote.type !== 'direct';
  return h('figure', { className: 'quote-card' },
    // Direct quotes arrive with their own marks (the words exactly as the article prints them); others get ours.
    h('blockquote', { className: /^["“”‘’«»„]/.test(quote.text) ? 'marked' : '' }, quote.text),
    h('figcaption', {},
      h('strong', { className: 'speaker' }, who),
      h('span', { className: 'date' }, formatDate(quote.date, quote.datePrecision)),
      reported ? h('span', { className: 'muted' }, `${quote.type} quote`) : null,
      quote.n ? h('a', { href: '#', className: 'cite', onclick: event => { event.preventDefault(); openSource(quote.n, event.currentTarget); } }, `source [${quote.n}]`) : null));
}
