/**
 * Where a JSON text first goes wrong, as a character offset. V8's JSON.parse messages no longer
 * carry a position, and an analyst needs a line and column to find the mistake. Only called after
 * JSON.parse has failed; returns the text's length when the text simply ends too early, and -1
 * when it finds nothing wrong. Open lists and objects are kept on an explicit stack, not the call
 * stack, so truncated JSON nested 100,000 deep is located like any other.
 */
export function jsonErrorAt(text: string): number {
  const n = text.length;
  let i = 0;
  const ws = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  };
  const string = (): boolean => {
    i++;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (i < n && !'"\\/bfnrt'.includes(text[i])) return false;
      } else if (text.charCodeAt(i) < 0x20) return false;
      i++;
    }
    if (i >= n) return false;
    i++;
    return true;
  };
  const scalar = (): boolean => {
    const ch = text[i];
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (ch === word[0]) {
        if (!text.startsWith(word, i)) return false;
        i += word.length;
        return true;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** `"key":`, leaving i after the colon. */
  const key = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const open: Array<'[' | '{'> = [];
  for (;;) {
    // A value is expected at i.
    ws();
    const ch = text[i];
    if (ch === '[' || ch === '{') {
      i++;
      ws();
      if (text[i] === (ch === '[' ? ']' : '}')) i++;
      else if (ch === '{' && !key()) return Math.min(i, n);
      else {
        open.push(ch);
        continue;
      }
    } else if (!scalar()) return Math.min(i, n);
    // A value has ended: close what it ends, until a comma asks for the next one.
    for (;;) {
      ws();
      const top = open[open.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (text[i] === ',') {
        i++;
        if (top === '{' && !key()) return Math.min(i, n);
        break;
      }
      if (text[i] !== (top === '[' ? ']' : '}')) return Math.min(i, n);
      i++;
      open.pop();
    }
  }
}

/** The 1-based line and column of an offset, counting line feeds without copying the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
