/**
 * Case folding exactly as a RegExp with the `i` flag and without `u` compares characters
 * (ECMA-262 Canonicalize): a UTF-16 code unit becomes its upper case when that is one code unit,
 * except that nothing outside ASCII folds into ASCII. Two code units match under `i` exactly when
 * their folds are equal, which is what makes a literal prefilter safe for Greek final sigma, the
 * micro sign, the long s or the Kelvin sign.
 */
const folded = new Uint16Array(65536);
const known = new Uint8Array(65536);

export function foldCode(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  if (known[code] === 1) return folded[code] as number;
  const upper = String.fromCharCode(code).toUpperCase();
  const fold = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
  folded[code] = fold;
  known[code] = 1;
  return fold;
}

const ASCII = /^[\x00-\x7f]*$/;

export function foldCase(text: string): string {
  // ASCII folds exactly as toUpperCase does it.
  if (ASCII.test(text)) return text.toUpperCase();
  let out = '';
  for (let index = 0; index < text.length; index += 1) out += String.fromCharCode(foldCode(text.charCodeAt(index)));
  return out;
}
