import { describe, expect, it } from 'vitest';
import { ElidedList, parseJsonEliding } from '../src/large-json.ts';

/** What `JSON.parse` answers for a text: its value, or that it throws. */
function parsed(text: string): { value: unknown } | 'invalid' {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return 'invalid';
  }
}

function eliding(text: string, longerThan: number): { value: unknown } | 'invalid' {
  try {
    return { value: parseJsonEliding(Buffer.from(text), longerThan).body };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return 'invalid';
  }
}

const TEXTS = [
  '{}', '[]', '""', '0', '-0', '1.5e+3', '-12.25E-2', 'true', 'false', 'null', ' \t\r\n{ "a" : [ 1 , 2 ] }\n',
  '{"a":{"b":[[],{}],"c":"x\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"}}', '{"a":1,"a":2}', '{"__proto__":{"x":1}}',
  '["é","日本",null]', '[1,[2,[3,[4]]]]', '{"query":"{ a }","variables":{"ids":["1","2","3"]}}',
  // Refused by JSON.parse, and so here.
  '', ' ', '{', '}', '[', ']', '[1,]', '[,1]', '{,}', '{"a":1,}', '{"a" 1}', '{"a":}', '{a:1}', "{'a':1}", '[1 2]', '01', '1.', '.5',
  '-', '1e', '1e+', '+1', 'tru', 'truex', 'nul', 'NaN', 'Infinity', '"abc', '"a\nb"', '"a\tb"', '"\\x"', '"\\u12"', '"\\u12G4"',
  '{} {}', '[] x', '\uFEFF{}', '{"a":1}}', '[[]', '[]]', '{"a":[}', '"\\', '[1,{"a":[2,]}]',
];

describe('parseJsonEliding', () => {
  it.each(TEXTS)('refuses what JSON.parse refuses and reads the rest alike: %j', (text) => {
    expect(eliding(text, 1_000)).toEqual(parsed(text));
  });

  it('matches JSON.parse on random mutations of a request body', () => {
    const base = JSON.stringify({ query: 'query($s: [String!]!) { a(s: $s) { b } }', variables: { s: ['x', 'y\n', 'z'], n: -1.5e3, o: { t: true, f: false, z: null } } });
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const alphabet = '{}[]",:\\ 01-.eEtrufalsn\nxu';
    for (let run = 0; run < 3_000; run++) {
      const at = random(base.length);
      const change = random(3);
      const char = alphabet[random(alphabet.length)]!;
      const text = change === 0 ? base.slice(0, at) + base.slice(at + 1) : change === 1 ? base.slice(0, at) + char + base.slice(at) : base.slice(0, at) + char + base.slice(at + 1);
      expect(eliding(text, 1)).toSatisfy((result) => (result === 'invalid') === (parsed(text) === 'invalid'));
    }
  });

  it('leaves out the items of lists longer than the limit, keeping their length', () => {
    const skus = Array.from({ length: 5_000 }, (_, index) => `SKU-${index}`);
    const text = JSON.stringify({ query: 'q', variables: { skus, short: ['a', 'b'], nested: [{ lines: skus }] } });
    const { body, elided } = parseJsonEliding(Buffer.from(text), 1_000);
    expect(elided).toBe(true);
    const { variables } = body as { variables: { skus: unknown; short: unknown; nested: { lines: unknown }[] } };
    expect(variables.skus).toBeInstanceOf(ElidedList);
    expect((variables.skus as ElidedList).items).toBe(5_000);
    expect(variables.short).toEqual(['a', 'b']);
    expect(variables.nested[0]!.lines).toBeInstanceOf(ElidedList);
    expect(JSON.stringify(variables.skus)).toBe('{"elidedItems":5000}');
  });

  it('keeps a long list that holds a NUL escape, so the NUL check still sees it', () => {
    const text = JSON.stringify({ variables: { skus: [...Array.from({ length: 2_000 }, () => 'x'), 'a\u0000b'], other: Array.from({ length: 2_000 }, () => 'y') } });
    const { body } = parseJsonEliding(Buffer.from(text), 1_000);
    const { variables } = body as { variables: { skus: string[]; other: unknown } };
    expect(variables.skus).not.toBeInstanceOf(ElidedList);
    expect(variables.skus.at(-1)).toBe('a\u0000b');
    expect(variables.other).toBeInstanceOf(ElidedList);
  });

  it('cannot be made to take a string sent by a client for a left-out list', () => {
    const text = JSON.stringify({ variables: { s: 'oms-elided-list:00000000000000000000000000000000:0', long: Array.from({ length: 2_000 }, () => 1) } });
    const { body } = parseJsonEliding(Buffer.from(text), 1_000);
    expect((body as { variables: { s: unknown } }).variables.s).toBe('oms-elided-list:00000000000000000000000000000000:0');
  });
});
