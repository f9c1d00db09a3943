// The reading meter: while someone writes for families, it shows the text's reading ease and flags
// long sentences and short forms (such as SEND) not spelled out. It is the same rule as
// tracker/core/plain_english.py, which the server uses on the preview and in the tests (a browser
// test checks both give the same score). The acronyms and limits come from the page, so the rule's
// figures live in one place. Nothing is sent anywhere: the text stays in the browser.
const ADDRESS = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/g;
const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;
const SENTENCE_END = /(?<=[.!?])["'”’)]*\s+|\n+/;

function withoutAddresses(text) {
  return text.replace(ADDRESS, " ");
}

export function words(text) {
  return withoutAddresses(text).match(WORD) || [];
}

export function sentences(text) {
  return withoutAddresses(text).split(SENTENCE_END).map((part) => part.trim())
    .filter((part) => /[A-Za-z0-9]/.test(part));
}

function syllables(word) {
  const lower = word.toLowerCase();
  if (!/[a-z]/.test(lower)) {
    return 1; // a number reads as one syllable here
  }
  let count = (lower.match(/[aeiouy]+/g) || []).length;
  if (lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee") && count > 1) {
    count -= 1;
  }
  return Math.max(count, 1);
}

export function readingEase(text) {
  const found = words(text);
  if (!found.length) {
    return 100;
  }
  const perSentence = found.length / Math.max(sentences(text).length, 1);
  const perWord = found.reduce((total, word) => total + syllables(word), 0) / found.length;
  return Number((206.835 - 1.015 * perSentence - 84.6 * perWord).toFixed(1));
}

export function longSentences(text, limit) {
  return sentences(text).filter((sentence) => words(sentence).length > limit);
}

export function unexplainedAcronyms(text, acronyms) {
  return Object.keys(acronyms).filter((acronym) => {
    const first = new RegExp(`\\b${acronym}\\b`).exec(text);
    return first && !(text.slice(0, first.index).endsWith("(")
      && text.slice(first.index + acronym.length).startsWith(")"));
  });
}

function describe(text, box) {
  const least = Number(box.dataset.readingLeast);
  const limit = Number(box.dataset.sentenceLimit);
  const acronyms = JSON.parse(box.dataset.acronyms);
  if (!words(text).length) {
    return [`Aim for a reading ease of ${least} or more.`];
  }
  const score = readingEase(text);
  const lines = [`Reading ease ${score}: ${score >= least ? "easy to read" : `aim for ${least} or more`}.`];
  const long = longSentences(text, limit);
  if (long.length) {
    lines.push(`${long.length === 1 ? "1 sentence is" : `${long.length} sentences are`} over ${limit} words: `
      + long.map((sentence) => `“${sentence.split(/\s+/).slice(0, 6).join(" ")}…”`).join(", ") + ".");
  }
  for (const acronym of unexplainedAcronyms(text, acronyms)) {
    lines.push(`Write “${acronyms[acronym]} (${acronym})” the first time you use ${acronym}.`);
  }
  return lines;
}

for (const box of document.querySelectorAll("textarea[data-reading-meter]")) {
  const meter = document.getElementById(box.dataset.readingMeter);
  let timer;
  const update = () => {
    meter.replaceChildren(...describe(box.value, box).map((line) => {
      const paragraph = document.createElement("p");
      paragraph.className = "govuk-body-s govuk-!-margin-bottom-1";
      paragraph.textContent = line;
      return paragraph;
    }));
  };
  box.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 400); // a screen reader hears the result once typing pauses
  });
  meter.hidden = false;
  update();
}
