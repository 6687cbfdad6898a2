/**
 * Text as people type it with a Chinese input method: full-width digits, letters and punctuation
 * (１５：３０, ６０，０００, ２０２４／１１／４) become their ASCII forms; the ideographic space becomes a space.
 */
export function toHalfWidth(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x3002 || c === 0xff61) out += '.'; // 。 typed for a decimal point (１。５)
    else out += ch;
  }
  return out;
}

/** Trimmed, half-width text: the common first step of every cell reader. */
export const cellText = (value: string) => toHalfWidth(value).trim();
