// The chat page: asks, streams the answer in, keeps the conversation in browser storage.

import { streamChat } from './api.js';
import { answerAsText, describeFilters, splitSources } from './format.js';
import { renderTurn } from './render.js';
import * as store from './store.js';

const $ = id => document.getElementById(id);
const form = $('ask');
const message = $('message');
const send = $('send');
const list = $('conversation');
const status = $('status');
const filterInputs = { from: $('filter-from'), to: $('filter-to'), sources: $('filter-sources') };

let state = store.load();
let busy = false;

const actions = { ask, retry, copy };

function renderAll() {
  list.replaceChildren(...state.turns.map(turn => renderTurn(turn, actions).element));
  $('empty').hidden = state.turns.length > 0;
}

function renderFilters() {
  for (const [name, input] of Object.entries(filterInputs)) input.value = state.filters[name] || '';
  const active = describeFilters(state.filters);
  const line = $('active-filters');
  line.hidden = !active;
  line.textContent = active ? `Filters on: ${active}` : '';
}

function bodyFor(turn) {
  const body = { message: turn.question };
  if (state.conversationId) body.conversationId = state.conversationId;
  if (turn.filters.from) body.from = turn.filters.from;
  if (turn.filters.to) body.to = turn.filters.to;
  const sources = splitSources(turn.filters.sources);
  if (sources.length) body.sources = sources;
  return body;
}

/** Streams the answer for a turn into its place in the list, replacing whatever was shown for it. */
async function run(turn, placeholder) {
  busy = true;
  send.disabled = true;
  Object.assign(turn, { pending: true, text: '', response: null, error: null });
  store.save(state);
  let view = renderTurn(turn, actions);
  placeholder ? placeholder.replaceWith(view.element) : list.append(view.element);
  $('empty').hidden = true;
  view.element.scrollIntoView({ block: 'end' });
  status.textContent = 'Byline is answering…';
  try {
    turn.response = await streamChat(bodyFor(turn), {
      meta: meta => { state.conversationId = meta.conversationId; },
      delta: delta => { turn.text += delta.text; view.streamed(turn.text); },
    });
    status.textContent = 'Answer complete.';
  } catch (e) {
    turn.error = { code: e.code || 'failed', message: e.message, status: e.status ?? 0 };
    status.textContent = `Byline could not answer: ${e.message}`;
    if (turn.error.status >= 400 && turn.error.status < 500 && !message.value) message.value = turn.question;
  } finally {
    turn.pending = false;
    store.save(state);
    const done = renderTurn(turn, actions).element;
    view.element.replaceWith(done);
    done.scrollIntoView({ block: 'nearest' });
    busy = false;
    send.disabled = false;
  }
}

function ask(question) {
  const text = question.trim();
  if (!text || busy) return;
  const turn = { question: text, filters: { ...state.filters } };
  state.turns.push(turn);
  run(turn, null);
}

function retry(turn) {
  if (busy) return;
  const index = state.turns.indexOf(turn);
  run(turn, list.children[index]);
}

async function copy(turn, button) {
  const text = answerAsText(turn);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (or not a secure context): fall back to a selected, hidden text area.
    const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true, className: 'visually-hidden' });
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = 'Copied';
  status.textContent = 'Answer and sources copied.';
  setTimeout(() => { button.textContent = 'Copy answer with sources'; }, 2000);
}

form.addEventListener('submit', event => {
  event.preventDefault();
  if (busy || !message.value.trim()) return;
  const question = message.value;
  message.value = '';
  ask(question);
});

message.addEventListener('keydown', event => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

$('new-chat').addEventListener('click', () => {
  if (busy) return;
  state = store.empty(state.filters);
  store.save(state);
  renderAll();
  status.textContent = 'Started a new chat.';
  message.focus();
});

for (const [name, input] of Object.entries(filterInputs)) {
  input.addEventListener('change', () => {
    state.filters[name] = input.value.trim();
    store.save(state);
    renderFilters();
  });
}

$('filters-clear').addEventListener('click', () => {
  state.filters = { from: '', to: '', sources: '' };
  store.save(state);
  renderFilters();
});

renderFilters();
renderAll();
message.focus();
