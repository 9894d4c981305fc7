// Builds elements from text only: data from articles and users goes in as text nodes, never as HTML.

/** h('p', {className: 'x'}, 'text', child) : attributes as properties (or data-/aria- attributes), children as nodes or text. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name.startsWith('aria-') || name.startsWith('data-') || name === 'role') element.setAttribute(name, value);
    else element[name] = value;
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Text with text.slice(from, to) wrapped in <mark>; offsets outside the text mark nothing. */
export function marked(text, from, to) {
  if (!(from >= 0 && to > from && to <= text.length)) return [text];
  return [text.slice(0, from), h('mark', {}, text.slice(from, to)), text.slice(to)];
}
