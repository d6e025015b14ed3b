// a plain hint on how hard a passphrase is to guess, shown as it is typed

/** a rough, honest hint on how hard a passphrase is to guess */
export function strengthHint(passphrase: string): string {
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\w\s]/].filter((re) => re.test(passphrase)).length;
  if (passphrase.length === 0)
    return 'A few unrelated words make a passphrase that is easy to remember and hard to guess.';
  if (passphrase.length < 8) return 'Too short: please use at least 8 characters.';
  if (passphrase.length >= 20 || (words >= 4 && passphrase.length >= 16))
    return 'Strong: this would be very hard to guess.';
  if (passphrase.length >= 12 && kinds >= 2) return 'Good. A word or two more would make it stronger still.';
  return 'Weak: this may be easy to guess. Try adding a few more words.';
}
