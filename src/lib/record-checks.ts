// Checks on the values a school records about a person, shared by the forms and the CSV
// import. Each mirrors a database constraint, so most mistakes are caught before saving.

/** The shape staff_email_format accepts: something@domain.tld, no spaces, 320 characters at most. */
export function isValidEmail(value: string): boolean {
  return value.length <= 320 && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
}

/**
 * Returns a TRN as stored (7 digits, spaces removed, leading zeros added), null when blank, or
 * undefined when it cannot be a TRN (letters, symbols, more than 7 digits).
 */
export function normaliseTrn(value: string): string | null | undefined {
  const stripped = value.replace(/\s/g, '');
  if (stripped === '') {
    return null;
  }
  if (!/^\d{1,7}$/.test(stripped)) {
    return undefined;
  }

  return stripped.padStart(7, '0');
}

/**
 * Reads a full-time equivalent as ect_inductions.fte stores it: 0.1 to 1 with at most two
 * decimals. A percentage ('60%') is read as a fraction. Returns null when it is not valid.
 */
export function parseFte(value: string): number | null {
  const text = value.trim();
  const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(text);
  const number = percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(number) || number < 0.1 || number > 1) {
    return null;
  }
  const hundredths = Math.round(number * 100);
  if (Math.abs(number * 100 - hundredths) > 1e-9) {
    return null;
  }

  return hundredths / 100;
}
