import { describe, expect, it } from 'vitest';
import { knownTimeZone, decodeReportKey, encodeReportKey, reportParameters, reportParametersFor, toCsv } from '../src/report-parameters.ts';

const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2026-12-01T00:00:00Z');

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return undefined;
}

describe('report parameters', () => {
  it('applies the defaults and keeps the dimensions in the order asked, once each', () => {
    expect(reportParameters({ from, to, groupBy: ['DAY', 'CHANNEL', 'DAY'], channels: ['WEB', 'MOBILE', 'WEB'] })).toEqual({
      from,
      to,
      groupBy: ['DAY', 'CHANNEL'],
      channels: ['MOBILE', 'WEB'],
      timeZone: 'UTC',
      currency: 'EUR',
      slaHours: null,
    });
  });

  it('refuses an empty or reversed period, more than 366 days, unknown zones, dimensions and channels', () => {
    const day = 86_400_000;
    expect(codeOf(() => reportParameters({ from, to: from }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => reportParameters({ from: to, to: from }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => reportParameters({ from, to: new Date(from.getTime() + 367 * day) }))).toBe('BAD_USER_INPUT');
    expect(reportParameters({ from, to: new Date(from.getTime() + 366 * day) }).to.getTime() - from.getTime()).toBe(366 * day);
    for (const timeZone of ['Mars/Olympus_Mons', '+02:00', 'UTC+2', "Europe/Paris'; drop table x; --", '']) {
      expect(codeOf(() => reportParameters({ from, to, timeZone })), timeZone).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(() => reportParameters({ from, to, groupBy: ['WEEK'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => reportParameters({ from, to, channels: ['FAX'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => reportParameters({ from, to, currency: 'EURO' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => reportParameters({ from, to, slaHours: 0 }))).toBe('BAD_USER_INPUT');
  });

  it('knows IANA zones and keeps the name given', () => {
    expect(knownTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(knownTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(knownTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(knownTimeZone('Nowhere/City')).toBeNull();
  });

  it('round-trips through the key, and the same input gives the same key', () => {
    const parameters = reportParameters({ from, to, groupBy: ['LOCATION'], channels: ['STORE'], timeZone: 'Asia/Tokyo', currency: 'chf', slaHours: 48 });
    const key = encodeReportKey(parameters);
    expect(decodeReportKey(key)).toEqual(parameters);
    expect(encodeReportKey(reportParameters({ from, to, groupBy: ['LOCATION'], channels: ['STORE', 'STORE'], timeZone: 'Asia/Tokyo', currency: 'CHF', slaHours: 48 }))).toBe(key);
    expect(codeOf(() => decodeReportKey('not-a-key'))).toBe('BAD_USER_INPUT');
  });

  it('keeps a channel-bound partner key to its channel and refuses location-bound keys', () => {
    const parameters = reportParameters({ from, to });
    expect(reportParametersFor({ kind: 'partner', keyId: 'k', scopes: ['reports:read'], channel: 'MARKETPLACE' }, parameters).channels).toEqual(['MARKETPLACE']);
    expect(codeOf(() => reportParametersFor({ kind: 'partner', keyId: 'k', scopes: [], channel: 'MARKETPLACE' }, { ...parameters, channels: ['WEB'] }))).toBe('FORBIDDEN');
    expect(codeOf(() => reportParametersFor({ kind: 'partner', keyId: 'k', scopes: [], locationIds: ['l'] }, parameters))).toBe('FORBIDDEN');
    expect(reportParametersFor({ kind: 'staff', staffId: 's', roles: ['ADMIN'], scopes: [] }, parameters)).toBe(parameters);
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks, doubles quotes, ends every line with CRLF', () => {
    expect(toCsv(['name', 'note', 'count'], [['Lyon, Part-Dieu', 'say "hi"\nthen go', 3], ['plain', null, 0]])).toBe(
      'name,note,count\r\n"Lyon, Part-Dieu","say ""hi""\nthen go",3\r\nplain,,0\r\n',
    );
  });
});
