// Follow-up questions drawn from what an answer cites: the people quoted or named in it, and its headlines.

const MAX = 3;
/** Words that precede a name without being part of it. */
const TITLES = new Set(('President Prime Minister Foreign Defense Defence Interior Finance Secretary General Chancellor Mr Mrs Ms Dr ' +
  'Senator Sen Rep Representative Governor King Queen Prince Princess Pope Chief Special Envoy Spokesman Spokeswoman Director ' +
  'Mayor Former Vice Deputy Minister Leader Ambassador Judge Justice Commander Gen Col Capt Lt Sir Lord Lady Premier Speaker ' +
  'The A An He She It They We I This That In On At After Before As But And Sources Photo Popular').split(' '));
/** Words that make a capitalised run an organisation or a place rather than a person. */
const NOT_PEOPLE = new Set(('Republic Nations Union Ministry Mail News Times Post Council Party Commons Forces Force Army Navy ' +
  'Government Court House Office Department Agency Organization Organisation Press Journal Street States Kingdom Kremlin ' +
  'University Institute Committee Bank Fund Church Assembly Parliament Congress Senate Region Province City Sea Ocean').split(' '));
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'bin', 'ibn', 'al', 'la', 'le', 'der', 'di', 'du']);
const NATIONALITY = /(?:ian|ean|ese|ish|ic|i)$/;

/** Up to three questions to ask next, or none for an answer that found nothing. */
export function followUps(question, response) {
  if (!response || response.answer.kind === 'none') return [];
  const asked = question.toLowerCase();
  const suggestions = [];
  const add = text => {
    if (suggestions.length < MAX && !suggestions.includes(text) && text.toLowerCase() !== asked) suggestions.push(text);
  };
  const quotes = response.quotes || [];
  for (const quote of quotes) if (quote.speaker && !quote.hedged && !asked.includes(quote.speaker.toLowerCase())) add(`What else did ${quote.speaker} say?`);
  if (!quotes.length) {
    for (const citation of response.citations) for (const name of namesIn(citation.snippet)) add(`What else did ${name} say?`);
  }
  for (const citation of response.citations) if (citation.title) add(`Tell me more about "${citation.title}"`);
  return suggestions;
}

/** People's names in a passage, by a plain rule: runs of two or more capitalised words, titles in front dropped. */
export function namesIn(text) {
  const names = [];
  for (const run of capitalisedRuns(text)) {
    let words = run;
    while (words.length && (TITLES.has(words[0]) || (NATIONALITY.test(words[0]) && words.length > 2))) words = words.slice(1);
    while (words.length && PARTICLES.has(words[0])) words = words.slice(1);
    if (words.length < 2 || words.length > 4 || words.some(w => NOT_PEOPLE.has(w) || TITLES.has(w))) continue;
    const name = words.join(' ');
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function capitalisedRuns(text) {
  const runs = [];
  let run = [];
  let lastEnd = -1;
  const flush = () => {
    while (run.length && PARTICLES.has(run[run.length - 1])) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const word = match[0].replace(/['’]s$/, '');
    const joined = lastEnd >= 0 && /^[ \t]+$/.test(text.slice(lastEnd, match.index));
    if (!joined) flush();
    if (/^\p{Lu}/u.test(word) || (run.length && PARTICLES.has(word))) run.push(word);
    else flush();
    // A possessive or a trailing mark ends the name.
    lastEnd = word.length === match[0].length ? match.index + match[0].length : -1;
  }
  flush();
  return runs;
}
