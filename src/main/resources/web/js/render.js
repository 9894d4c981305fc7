// One turn of the conversation as elements: the question, then the answer (streaming, done, or failed).

import { h } from './dom.js';
import { sourceCard, quoteCard } from './cards.js';
import { articleHref, describeFilters, formatDate, outletOf } from './format.js';
import { followUps } from './followups.js';

/**
 * The list item for a turn. actions: ask(question), retry(turn), copy(turn, button).
 * Returns {element, streamed(text)} so the caller can append answer text as it arrives.
 */
export function renderTurn(turn, actions) {
  const answer = h('div', { className: 'answer' });
  const element = h('li', { className: 'turn' },
    h('div', { className: 'question' },
      h('p', { className: 'question-text' }, turn.question),
      turn.filters && describeFilters(turn.filters) ? h('p', { className: 'turn-filters' }, 'Filtered: ', describeFilters(turn.filters)) : null),
    answer);

  if (turn.response) renderAnswer(answer, turn, actions);
  else if (turn.error) renderError(answer, turn, actions);
  else answer.append(h('p', { className: 'answer-text streaming', 'aria-busy': 'true' }, turn.text || ''), h('p', { className: 'muted thinking' }, 'Answering…'));

  return {
    element,
    streamed(text) {
      const target = answer.querySelector('.answer-text');
      if (target) target.textContent = text;
    },
  };
}

function renderAnswer(container, turn, actions) {
  const response = turn.response;
  const slot = h('div', { className: 'card-slot' });
  const byNumber = new Map(response.citations.map(c => [c.n, c]));
  let opener = null;
  const closeSource = () => {
    slot.replaceChildren();
    opener?.setAttribute('aria-expanded', 'false');
    opener?.focus();
    opener = null;
  };
  const openSource = (n, link) => {
    const citation = byNumber.get(n);
    if (!citation) return;
    opener?.setAttribute('aria-expanded', 'false');
    opener = link;
    link?.setAttribute('aria-expanded', 'true');
    const { card, focus } = sourceCard(citation, closeSource);
    slot.replaceChildren(card);
    focus();
  };

  container.append(h('p', { className: 'answer-text' }, withCitationLinks(response.answer.text, byNumber, openSource)));

  const quotes = response.quotes || [];
  if (quotes.length) container.append(h('div', { className: 'quotes' }, quotes.map(q => quoteCard(q, openSource))));

  container.append(slot);

  if (response.answer.kind === 'none') container.append(searchedBox(response.searched));
  if (response.citations.length) {
    container.append(h('ol', { className: 'sources', 'aria-label': 'Sources' }, response.citations.map(c =>
      h('li', {}, h('a', { href: articleHref(c), className: 'source-link', 'aria-expanded': 'false',
        onclick: event => { event.preventDefault(); openSource(c.n, event.currentTarget); } },
      `[${c.n}] `, c.title || 'Untitled article', h('span', { className: 'muted' }, ` · ${outletOf(c.source)} · ${formatDate(c.published)}`))))));
  }

  const suggestions = followUps(turn.question, response);
  if (suggestions.length) {
    container.append(h('div', { className: 'followups', role: 'group', 'aria-label': 'Suggested questions' },
      suggestions.map(text => h('button', { type: 'button', className: 'chip', onclick: () => actions.ask(text) }, text))));
  }
  container.append(h('div', { className: 'answer-tools' },
    h('button', { type: 'button', className: 'quiet copy', onclick: event => actions.copy(turn, event.currentTarget) }, 'Copy answer with sources')));
}

/** The answer text with **bold** words (the answer a question asked for) in bold and every [n] as a link that opens source n. */
function withCitationLinks(text, byNumber, openSource) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\*\*([^*\n]+)\*\*/g)) {
    parts.push(...citationLinks(text.slice(last, match.index), byNumber, openSource), h('strong', {}, match[1]));
    last = match.index + match[0].length;
  }
  parts.push(...citationLinks(text.slice(last), byNumber, openSource));
  return parts;
}

function citationLinks(text, byNumber, openSource) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d+)\]/g)) {
    const n = Number(match[1]);
    const citation = byNumber.get(n);
    if (!citation) continue;
    parts.push(text.slice(last, match.index));
    parts.push(h('a', { href: articleHref(citation), className: 'cite', 'aria-expanded': 'false',
      'aria-label': `Source ${n}: ${citation.title || 'untitled'}, ${outletOf(citation.source)}`,
      onclick: event => { event.preventDefault(); openSource(n, event.currentTarget); } }, `[${n}]`));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** What was searched when nothing was found, and how to widen it. */
function searchedBox(searched) {
  if (!searched) return null;
  const range = searched.from || searched.to ? `${searched.from || 'any time'} to ${searched.to || 'now'}` : 'any date';
  const rows = [
    ['Question', searched.question],
    ['Words searched', searched.terms?.length ? searched.terms.join(', ') : '(none)'],
    ['Published', range],
    searched.asOf ? ['As of', searched.asOf] : null,
    ['Outlets', searched.sources?.length ? searched.sources.join(', ') : 'all outlets'],
  ].filter(Boolean);
  return h('section', { className: 'searched', 'aria-label': 'What was searched' },
    h('h3', {}, 'What I searched'),
    h('dl', {}, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('p', { className: 'hint' }, 'Try widening the dates or clearing the outlet filter, or ask with another name for the person (a surname, or their title).'));
}

function renderError(container, turn, actions) {
  const error = turn.error;
  const retryable = error.status === 0 || error.status === 200 || error.status >= 500;
  container.append(h('div', { className: 'error', role: 'alert' },
    h('p', {}, h('strong', {}, 'Byline could not answer. '), error.message),
    turn.text ? h('p', { className: 'muted partial' }, 'Partial answer: ', turn.text) : null,
    retryable
      ? h('button', { type: 'button', className: 'retry', onclick: () => actions.retry(turn) }, 'Retry')
      : h('p', { className: 'hint' }, 'Change the question or the filters and ask again.')));
}
