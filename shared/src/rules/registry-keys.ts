/**
 * How the certificate registry is matched: certificate numbers compare without case, spaces
 * or full-width forms; holder names without spaces, middle dots or full-width forms.
 */
export function normaliseCertificateNumber(number: string): string {
  return number.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/[\s·•.]/g, '');
}
