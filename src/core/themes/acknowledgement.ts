/**
 * Ceremonial acknowledgements: the sentences with which reports thank and salute their audience
 * (我代表区人民政府，向全区人民……向公安干警、消防救援队伍……表示衷心的感谢！). They list groups of
 * people, some of whose names contain theme terms (公安, 消防), but treat no policy, so a passage
 * made only of them carries no theme. It deliberately does not look at anything but the formula.
 */

/** One acknowledgement: to (向/对) someone, express (表示/致以) thanks, respect or greetings. */
const ACKNOWLEDGEMENT = /(向|对)[^。！!？?]*(表示|致以)[^。！!？?]{0,8}(感谢|谢意|敬意|问候)/
/** 谢, 敬, 候: one of them is in every thanks, respect or greeting the formula ends with. */
const XIE = 0x8c22
const JING = 0x656c
const HOU = 0x5019
/** Sentence ends inside a passage. */
const SENTENCE_END = /[。！!？?]+/

/**
 * True when every sentence of `text[start, end)` is an acknowledgement. False for empty text and for
 * a passage that also says something else (a review paragraph ending in thanks keeps its themes).
 */
export function isAcknowledgement(text: string, start = 0, end = text.length): boolean {
  // Every acknowledgement holds 谢, 敬 or 候: a scan for them spares most passages the split below.
  let candidate = false
  for (let i = Math.max(0, start); i < end && !candidate; i++) {
    const c = text.charCodeAt(i)
    candidate = c === XIE || c === JING || c === HOU
  }
  if (!candidate) return false
  const sentences = text
    .slice(start, end)
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean)
  return sentences.length > 0 && sentences.every((s) => ACKNOWLEDGEMENT.test(s))
}
