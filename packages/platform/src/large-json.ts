import { randomBytes } from 'node:crypto';

/**
 * A list of a large request body that was not built: only its length is known (`items`; as an
 * array it is empty). Long lists are what makes a body expensive to parse (a 1.2 MB list of
 * 100,000 strings takes 20–40 ms of the event loop and its garbage), and most of them are refused
 * for their length alone, so the admission decides on the length and the body is parsed in full
 * only if it goes on.
 */
export class ElidedList extends Array<never> {
  readonly items: number;

  constructor(items: number) {
    super();
    this.items = items;
  }

  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** Logged or serialized by mistake, it stays one short line. */
  toJSON(): { elidedItems: number } {
    return { elidedItems: this.items };
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;

/** Byte classes: what may follow a backslash, and the hexadecimal digits. */
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const byte of [0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]) SIMPLE_ESCAPE[byte] = 1;
const HEX = new Uint8Array(256);
for (const byte of Buffer.from('0123456789abcdefABCDEF')) HEX[byte] = 1;

/** A long list to leave out: the bytes `[start, end)` of the text. */
export interface Region {
  start: number;
  end: number;
  items: number;
}

/** What the reader expects next. */
const Expect = {
  /** A value (the first of the text, after `:`, or after `,` in an array). */
  Value: 0,
  /** A value or `]` (just after `[`). */
  FirstItem: 1,
  /** A key or `}` (just after `{`). */
  FirstKey: 2,
  /** A key (after `,` in an object). */
  Key: 3,
  /** `,` or the closing bracket, after a value. */
  Next: 4,
} as const;

/**
 * Checks a JSON text as `JSON.parse` would, in one pass over its bytes, and finds the arrays of more
 * than `longerThan` items. Answers null for text `JSON.parse` refuses, else the long arrays
 * (outermost only). An array holding a `\u0000` escape is never left out, so the NUL check sees it.
 * One function with local state, so that the loop over the bytes stays fast.
 */
export function findLongLists(text: Uint8Array, longerThan: number): Region[] | null {
  const regions: Region[] = [];
  // The open containers, innermost last: for an array its start, items so far and whether it holds a NUL escape.
  const kinds: number[] = [];
  const starts: number[] = [];
  const counts: number[] = [];
  const nuls: boolean[] = [];
  let at = 0;
  let expect: number = Expect.Value;
  for (;;) {
    let byte = text[at];
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = text[++at];
    if (byte === undefined) return kinds.length === 0 && expect === Expect.Next ? regions : null;
    if (expect === Expect.Next) {
      const kind = kinds[kinds.length - 1];
      if (kind === undefined) return null;
      if (byte === 0x2c) {
        at++;
        if (kind === OPEN_ARRAY) {
          counts[counts.length - 1]!++;
          expect = Expect.Value;
        } else {
          expect = Expect.Key;
        }
        continue;
      }
      if ((kind === OPEN_ARRAY && byte !== 0x5d) || (kind === OPEN_OBJECT && byte !== 0x7d)) return null;
      at++;
      kinds.pop();
      if (kind === OPEN_ARRAY) {
        const start = starts.pop()!;
        const items = counts.pop()!;
        const holdsNul = nuls.pop()!;
        if (items > longerThan && !holdsNul) {
          while (regions.length > 0 && regions.at(-1)!.start > start) regions.pop();
          regions.push({ start, end: at, items });
        }
      }
      continue;
    }
    if (expect === Expect.FirstItem && byte === 0x5d) {
      expect = Expect.Next;
      continue;
    }
    if (expect === Expect.FirstItem) counts[counts.length - 1] = 1;
    if (expect === Expect.FirstKey && byte === 0x7d) {
      expect = Expect.Next;
      continue;
    }
    const isKey = expect === Expect.FirstKey || expect === Expect.Key;
    if (isKey && byte !== QUOTE) return null;
    if (byte === QUOTE) {
      // A string: up to the next unescaped quote, no raw control character.
      at++;
      for (;;) {
        const inside = text[at];
        if (inside === QUOTE) break;
        if (inside === undefined || inside < 0x20) return null;
        if (inside === BACKSLASH) {
          const escaped = text[at + 1] ?? 0;
          if (escaped === 0x75) {
            if (!HEX[text[at + 2] ?? 0] || !HEX[text[at + 3] ?? 0] || !HEX[text[at + 4] ?? 0] || !HEX[text[at + 5] ?? 0]) return null;
            if (text[at + 2] === 0x30 && text[at + 3] === 0x30 && text[at + 4] === 0x30 && text[at + 5] === 0x30) nuls.fill(true);
            at += 6;
          } else if (SIMPLE_ESCAPE[escaped]) {
            at += 2;
          } else {
            return null;
          }
        } else {
          at++;
        }
      }
      at++;
      if (isKey) {
        byte = text[at];
        while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = text[++at];
        if (byte !== 0x3a) return null;
        at++;
        expect = Expect.Value;
      } else {
        expect = Expect.Next;
      }
      continue;
    }
    if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      kinds.push(byte);
      if (byte === OPEN_ARRAY) {
        starts.push(at);
        counts.push(0);
        nuls.push(false);
      }
      at++;
      expect = byte === OPEN_ARRAY ? Expect.FirstItem : Expect.FirstKey;
      continue;
    }
    if (byte === 0x74 || byte === 0x66 || byte === 0x6e) {
      const word = byte === 0x74 ? 'true' : byte === 0x66 ? 'false' : 'null';
      for (let index = 1; index < word.length; index++) if (text[at + index] !== word.charCodeAt(index)) return null;
      at += word.length;
      expect = Expect.Next;
      continue;
    }
    // A number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    if (byte === 0x2d) byte = text[++at];
    if (byte === 0x30) {
      byte = text[++at];
    } else if (byte !== undefined && byte >= 0x31 && byte <= 0x39) {
      do byte = text[++at];
      while (byte !== undefined && byte >= 0x30 && byte <= 0x39);
    } else {
      return null;
    }
    if (byte === 0x2e) {
      byte = text[++at];
      if (byte === undefined || byte < 0x30 || byte > 0x39) return null;
      do byte = text[++at];
      while (byte !== undefined && byte >= 0x30 && byte <= 0x39);
    }
    if (byte === 0x65 || byte === 0x45) {
      byte = text[++at];
      if (byte === 0x2b || byte === 0x2d) byte = text[++at];
      if (byte === undefined || byte < 0x30 || byte > 0x39) return null;
      do byte = text[++at];
      while (byte !== undefined && byte >= 0x30 && byte <= 0x39);
    }
    expect = Expect.Next;
  }
}

/** Stands for a left-out list in the shortened text; random per process, so no client can forge it. */
const MARKER = `oms-elided-list:${randomBytes(16).toString('hex')}:`;

/**
 * Parses a JSON request body as `JSON.parse` would, except that every array of more than
 * `longerThan` items becomes an `ElidedList` of the same length whose items are not built.
 * Throws a SyntaxError exactly when `JSON.parse` would. `regions` is what `findLongLists`
 * answered for this text, when it ran elsewhere (e.g. in a worker thread).
 */
export function parseJsonEliding(text: Buffer, longerThan: number, regions: Region[] | null = findLongLists(text, longerThan)): { body: unknown; elided: boolean } {
  if (regions === null) throw new SyntaxError('Request body is not valid JSON');
  if (regions.length === 0) return { body: JSON.parse(text.toString('utf8')), elided: false };
  let shortened = '';
  let from = 0;
  for (const [index, region] of regions.entries()) {
    shortened += `${text.toString('utf8', from, region.start)}"${MARKER}${index}"`;
    from = region.end;
  }
  shortened += text.toString('utf8', from);
  const body: unknown = JSON.parse(shortened, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(MARKER) ? new ElidedList(regions[Number(value.slice(MARKER.length))]!.items) : value,
  );
  return { body, elided: true };
}
