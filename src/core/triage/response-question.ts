/**
 * "I want to know what you are doing about it", "was Sie dagegen unternehmen", "qué medidas van a
 * tomar": someone who complains asks what the company does about the incident, not what data it
 * holds. Read as an access request, the acknowledgement would offer a copy of their records and ask
 * them to prove who they are. The phrase is masked for `disclosure` only; the complaint stands.
 */
const RESPONSE_QUESTION = new RegExp(
  [
    String.raw`(?:(?:to |i )?know |ask |wonder )?(?:what|how) (?:you|your (?:company|clinic|practice|team|staff)) (?:are|'re|were|will|would|have|plan to|intend to|are going to|were going to)(?: \p{L}+)?? (?:doing|do|done|taking|take|taken)(?: \p{L}+){0,3}? (?:about|with|regarding) (?:it|this|that|the (?:incident|breach|leak|matter|situation))`,
    String.raw`(?:(?:to )?know )?what (?:steps|measures|action|actions) (?:you|your \p{L}+) (?:are|have|will|plan|intend|took|take)`,
    String.raw`(?:saber )?(?:qué|que) (?:van a hacer|piensan hacer|están haciendo|han hecho|harán|medidas (?:van a tomar|han tomado|tomarán|piensan tomar))`,
    String.raw`(?:savoir )?(?:ce que vous (?:comptez faire|allez faire|faites|avez fait|allez entreprendre)|quelles (?:mesures|dispositions) vous (?:allez|avez|comptez))`,
    String.raw`(?:sapere )?(?:cosa|che cosa) (?:intendete|pensate di|avete intenzione di|state facendo per|farete)(?: fare)?|quali (?:misure|provvedimenti) (?:intendete|avete|prenderete|adotterete)`,
    String.raw`(?:saber )?o que (?:vão|vocês vão|pretendem|estão a|estão|irão) (?:fazer|a fazer)|que (?:medidas|providências) (?:vão|foram|serão|pretendem)`,
    String.raw`(?:wissen,? )?was Sie (?:dagegen |dazu |jetzt |nun )?(?:tun|unternehmen|getan|unternommen)|welche Maßnahmen Sie`,
    String.raw`(?:weten )?wat (?:u|jullie|je) (?:eraan|ertegen|hieraan|daaraan) (?:gaat |gaan |hebt |heeft )?(?:doen|gedaan)|welke maatregelen (?:u|jullie|je)`,
  ]
    .map((source) => `(?<!\\p{L})(?:${source})(?!\\p{L})`)
    .join('|'),
  'giu',
);

/** Where the text asks what the company does about an incident. */
export function responseQuestions(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(RESPONSE_QUESTION)) found.push({ start: match.index, end: match.index + match[0].length });
  return found;
}
