import { describe, expect, it } from 'vitest';
import { buildPickList, distributeShortages, type WaveLine } from '../src/domain/pick-list.ts';

const line = (fo: number, sku: string, quantity: number, lineId = `l${fo}-${sku}`): WaveLine => ({
  fulfillmentOrderId: `fo${fo}`,
  orderNumber: `OMS-${fo}`,
  lineId,
  skuCode: sku,
  quantity,
});

describe('pick list', () => {
  const bins = [
    { skuCode: 'SOCKS', binCode: 'A03-01-1', walkSequence: 301 },
    { skuCode: 'TSHIRT', binCode: 'A01-02-2', walkSequence: 102 },
    { skuCode: 'JEANS', binCode: 'A02-05-1', walkSequence: 205 },
  ];

  it('aggregates quantities per SKU and bin over the wave, in walking order, SKUs without a bin last', () => {
    const list = buildPickList(
      [line(1, 'SOCKS', 2), line(1, 'TSHIRT', 1), line(2, 'TSHIRT', 3), line(2, 'CAP', 1), line(3, 'JEANS', 1), line(3, 'BAG', 2), line(3, 'SOCKS', 1)],
      bins,
    );
    expect(list.map((entry) => [entry.skuCode, entry.binCode, entry.quantity])).toEqual([
      ['TSHIRT', 'A01-02-2', 4],
      ['JEANS', 'A02-05-1', 1],
      ['SOCKS', 'A03-01-1', 3],
      ['BAG', null, 2],
      ['CAP', null, 1],
    ]);
  });

  it('tells how each entry splits over the orders, oldest first', () => {
    const [tshirt] = buildPickList([line(1, 'TSHIRT', 1), line(2, 'TSHIRT', 3), line(1, 'TSHIRT', 2, 'second-line')], bins);
    expect(tshirt!.split).toEqual([
      { fulfillmentOrderId: 'fo1', orderNumber: 'OMS-1', quantity: 3 },
      { fulfillmentOrderId: 'fo2', orderNumber: 'OMS-2', quantity: 3 },
    ]);
  });

  it('breaks walk-sequence ties by bin code, and skips lines with nothing left to pick', () => {
    const list = buildPickList(
      [line(1, 'B', 1), line(1, 'A', 1), line(1, 'GONE', 0)],
      [
        { skuCode: 'A', binCode: 'X-2', walkSequence: 5 },
        { skuCode: 'B', binCode: 'X-1', walkSequence: 5 },
        { skuCode: 'GONE', binCode: 'X-0', walkSequence: 1 },
      ],
    );
    expect(list.map((entry) => entry.binCode)).toEqual(['X-1', 'X-2']);
  });
});

describe('shortages found in the walk', () => {
  const wave = [line(1, 'TSHIRT', 2), line(2, 'TSHIRT', 1), line(3, 'TSHIRT', 2), line(3, 'SOCKS', 1)];

  it('are charged to the newest orders first', () => {
    const short = distributeShortages(wave, [{ skuCode: 'TSHIRT', missingQuantity: 3 }]);
    expect(Object.fromEntries(short)).toEqual({ 'l3-TSHIRT': 2, 'l2-TSHIRT': 1 });
  });

  it('add up when a SKU is reported twice, and nothing missing charges nobody', () => {
    expect(Object.fromEntries(distributeShortages(wave, [{ skuCode: 'TSHIRT', missingQuantity: 1 }, { skuCode: 'TSHIRT', missingQuantity: 1 }]))).toEqual({ 'l3-TSHIRT': 2 });
    expect(distributeShortages(wave, [{ skuCode: 'SOCKS', missingQuantity: 0 }]).size).toBe(0);
  });

  it('cannot exceed what the wave needs, nor name a SKU it does not need', () => {
    expect(() => distributeShortages(wave, [{ skuCode: 'TSHIRT', missingQuantity: 6 }])).toThrow(/needs 5 of TSHIRT/);
    expect(() => distributeShortages(wave, [{ skuCode: 'CAP', missingQuantity: 1 }])).toThrow(/needs 0 of CAP/);
    expect(() => distributeShortages(wave, [{ skuCode: 'SOCKS', missingQuantity: -1 }])).toThrow(/whole number/);
  });
});
