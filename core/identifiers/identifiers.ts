/**
 * Check digits of Japanese public identifiers (fact sheet §12).
 */

/**
 * 個人番号 (My Number): 12 digits, the last a check digit (総務省令85号5条).
 * Weights 6,5,4,3,2,7,6,5,4,3,2 on the first 11 digits left to right;
 * r = Σ mod 11; check = 0 if r ≤ 1, else 11 − r.
 */
export function myNumberCheckDigit(first11: string): number {
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const r = weights.reduce((sum, w, i) => sum + w * Number(first11[i]), 0) % 11;
  return r <= 1 ? 0 : 11 - r;
}

export function isValidMyNumber(value: string): boolean {
  return /^\d{12}$/.test(value) && myNumberCheckDigit(value.slice(0, 11)) === Number(value[11]);
}

/**
 * 全国地方公共団体コード: 5 digits + check digit = (11 − (6a+5b+4c+3d+2e) mod 11) mod 10.
 */
export function municipalityCheckDigit(first5: string): number {
  const weights = [6, 5, 4, 3, 2];
  const s = weights.reduce((sum, w, i) => sum + w * Number(first5[i]), 0);
  return (11 - (s % 11)) % 10;
}

export function isValidMunicipalityCode(value: string): boolean {
  return /^\d{6}$/.test(value) && municipalityCheckDigit(value.slice(0, 5)) === Number(value[5]);
}
