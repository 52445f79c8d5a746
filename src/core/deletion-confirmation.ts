// Placeholder until the multilingual module lands (feat/delconfirm).
export function confirmsDeletion(newText: string, _options?: { language?: string }): boolean {
  return newText.split('\n').some((line) => /^\s*(?:delete|borrar|eliminar)(?![\p{L}])/iu.test(line));
}
