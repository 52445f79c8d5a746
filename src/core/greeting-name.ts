const COMPANY = /\b(?:inc|llc|ltd|gmbh|ag|sa|sarl|bv|nv|srl|spa|corp|co|plc)\.?$/i;

/**
 * The name to greet someone by. Directory-style display names ("Holloway, Greg", common in
 * corporate mail) are turned round; an address used as a name is no name at all.
 */
export function greetingName(displayName: string): string {
  const name = displayName.replace(/["']/g, '').trim();
  if (!name || name.includes('@')) return '';
  const parts = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (!parts) return name;
  const [, last = '', first = ''] = parts;
  const words = (text: string): number => text.trim().split(/\s+/).length;
  if (COMPANY.test(first.trim()) || words(last) > 2 || words(first) > 2) return name;
  return `${first.trim()} ${last.trim()}`;
}
