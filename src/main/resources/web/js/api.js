// Byline's HTTP API as the page uses it: the chat event stream (fetch + ReadableStream, since EventSource
// cannot POST) and articles by id.

/** A failure with something to tell the reader: the server's error code and message, and the HTTP status (0: none). */
export class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const DROPPED = 'The connection dropped before the answer was complete.';

/**
 * Asks a question and calls on.meta/delta/citation/quote/done as the events arrive.
 * Resolves with the full response (the `done` event); rejects with an ApiError.
 */
export async function streamChat(body, on, signal) {
  let response;
  try {
    response = await fetch('/api/chat/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('network', 'Could not reach Byline. Check that the server is running, then retry.', 0);
  }
  if (!response.ok) throw await errorFrom(response);

  let done = null;
  try {
    for await (const event of readEvents(response.body)) {
      if (event.name === 'error') throw new ApiError(event.data.error, event.data.message, 200);
      on[event.name]?.(event.data);
      if (event.name === 'done') done = event.data;
    }
  } catch (e) {
    if (e instanceof ApiError || e.name === 'AbortError') throw e;
    throw new ApiError('dropped', DROPPED, 0);
  }
  if (!done) throw new ApiError('dropped', DROPPED, 0);
  return done;
}

/** The article with this id, or an ApiError (404 when unknown). */
export async function fetchArticle(id) {
  let response;
  try {
    response = await fetch('/api/articles/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError('network', 'Could not reach Byline to load the article.', 0);
  }
  if (!response.ok) throw await errorFrom(response);
  return response.json();
}

async function errorFrom(response) {
  try {
    const body = await response.json();
    return new ApiError(body.error, body.message, response.status);
  } catch {
    return new ApiError('http_' + response.status, `Byline answered with HTTP ${response.status}.`, response.status);
  }
}

/** Parses a text/event-stream body into {name, data} events as the bytes arrive; data is JSON. */
export async function* readEvents(stream) {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = blockEnd(buffer)) >= 0) {
      const event = parseBlock(buffer.slice(0, end));
      buffer = buffer.slice(end).replace(/^(\r\n|\r|\n){2}/, '');
      if (event) yield event;
    }
  }
}

function blockEnd(buffer) {
  const match = /(\r\n|\r|\n)(\r\n|\r|\n)/.exec(buffer);
  return match ? match.index : -1;
}

function parseBlock(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { name, data: JSON.parse(data.join('\n')) } : null;
}
