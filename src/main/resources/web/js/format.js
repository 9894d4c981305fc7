// Dates, links and plain text for answers, shared by the chat page and the article page.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-03-14" as "14 March 2016", at the precision given (day, month, year); unknown dates say so. */
export function formatDate(iso, precision = 'day') {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  if (!match) return iso ? String(iso) : 'date unknown'; // a quote dated "March 14" with no year keeps the article's words
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : null;
  switch ((precision || 'day').toLowerCase()) {
    case 'year': return year;
    case 'month': return monthName ? `${monthName} ${year}` : year;
    case 'day': return day && monthName ? `${Number(day)} ${monthName} ${year}` : monthName ? `${monthName} ${year}` : year;
    default: return `${iso} (${precision})`;
  }
}

/** The URL when it is an http(s) link, else null: an article's url must never become a javascript: link. */
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The reading page for a citation, with the cited words to highlight. */
export function articleHref(citation) {
  return `/articles/${encodeURIComponent(citation.articleId)}?start=${citation.citedStart}&end=${citation.citedEnd}`;
}

export function outletOf(source) {
  return source || 'Unknown outlet';
}

/** The filters in words, or '' when none is set. */
export function describeFilters(filters) {
  if (!filters) return '';
  const parts = [];
  if (filters.from || filters.to) parts.push(`published ${filters.from || 'any time'} to ${filters.to || 'now'}`);
  const sources = splitSources(filters.sources);
  if (sources.length) parts.push(`outlets: ${sources.join(', ')}`);
  return parts.join(' · ');
}

export function splitSources(text) {
  return (text || '').split(',').map(s => s.trim()).filter(Boolean);
}

/** An answer with its sources as plain text, for the clipboard. */
export function answerAsText(turn) {
  const response = turn.response;
  const lines = [`Q: ${turn.question}`, '', response.answer.text];
  for (const quote of response.quotes || []) {
    const who = quote.hedged ? `"${quote.speakerMention}", most likely ${quote.speaker}` : [quote.speaker, quote.role].filter(Boolean).join(', ');
    lines.push('', `"${quote.text}" (${who}, ${formatDate(quote.date, quote.datePrecision)}) [${quote.n}]`);
  }
  if (response.citations.length) lines.push('', 'Sources:');
  for (const c of response.citations) {
    const where = safeUrl(c.url) || new URL(articleHref(c), location.href).href;
    lines.push(`[${c.n}] ${c.title || 'Untitled'} (${outletOf(c.source)}, ${formatDate(c.published)}) ${where}`);
    lines.push(`    "${c.snippet.slice(c.citedStart - c.start, c.citedEnd - c.start)}"`);
  }
  return lines.join('\n');
}
