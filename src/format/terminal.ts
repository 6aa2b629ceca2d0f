// Terminal safety: control characters and escape sequences from the input are never written raw.
// "\x1b[31m" becomes "\\x1b[31m", a tab or newline inside a cell becomes a space.

export function escapeControls(s: string): string {
  // C0 (but tab/newline/cr), DEL, C1.
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n' || c === '\r' || c === '\t') return ' ';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** Escape controls but keep newlines (for whole-text views). */
export function escapeControlsKeepLines(s: string): string {
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) =>
    c === '\t' ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
