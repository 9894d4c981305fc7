// The conversation and filters in the browser's storage, so a reload keeps them.

const KEY = 'byline.chat.v1';

/** A fresh state: no conversation, no turns, no filters. */
export function empty(filters = { from: '', to: '', sources: '' }) {
  return { conversationId: null, turns: [], filters };
}

/** The saved state; a turn that was still streaming when the page went away is marked interrupted. */
export function load() {
  let state;
  try {
    state = JSON.parse(localStorage.getItem(KEY) || 'null');
  } catch {
    state = null;
  }
  if (!state || !Array.isArray(state.turns)) return empty();
  state.filters = { from: '', to: '', sources: '', ...state.filters };
  for (const turn of state.turns) {
    if (turn.pending) {
      turn.pending = false;
      turn.error = { code: 'interrupted', message: 'This answer was interrupted before it finished.', status: 0 };
    }
  }
  return state;
}

export function save(state) {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the conversation still works, it just won't survive a reload.
  }
}
