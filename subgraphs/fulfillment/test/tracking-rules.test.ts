import { describe, expect, it } from 'vitest';
import { chronological, latestTrackingPoint, shipmentStatusFromParcels, supersedes, type TrackingPoint } from '../src/domain/tracking-rules.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute));
const event = (id: string, status: TrackingPoint['status'], minute: number): TrackingPoint => ({ id, status, occurredAt: at(minute) });

describe('the latest event decides', () => {
  const history = [event('a', 'LABEL_CREATED', 0), event('b', 'PICKED_UP', 10), event('c', 'IN_TRANSIT', 20), event('d', 'OUT_FOR_DELIVERY', 30), event('e', 'DELIVERED', 40)];

  it('whatever order the events arrive in', () => {
    for (const arrival of [history, [...history].reverse(), [history[2]!, history[4]!, history[0]!, history[3]!, history[1]!]]) {
      let latest: TrackingPoint | undefined;
      for (const incoming of arrival) if (supersedes(incoming, latest)) latest = incoming;
      expect(latest?.id).toBe('e');
      expect(latestTrackingPoint(arrival)?.status).toBe('DELIVERED');
    }
  });

  it('an older event arriving late does not move the status back', () => {
    expect(supersedes(event('late', 'IN_TRANSIT', 15), event('now', 'OUT_FOR_DELIVERY', 30))).toBe(false);
    expect(supersedes(event('new', 'EXCEPTION', 45), event('now', 'DELIVERED', 40))).toBe(true);
  });

  it('at the same instant the further step wins, then the id: the result never depends on arrival order', () => {
    expect(latestTrackingPoint([event('x', 'DELIVERED', 5), event('y', 'OUT_FOR_DELIVERY', 5)])?.id).toBe('x');
    expect(latestTrackingPoint([event('y', 'OUT_FOR_DELIVERY', 5), event('x', 'DELIVERED', 5)])?.id).toBe('x');
    expect(latestTrackingPoint([event('b', 'IN_TRANSIT', 5), event('a', 'IN_TRANSIT', 5)])?.id).toBe('b');
  });

  it('history is kept in the order things happened', () => {
    expect(chronological([history[3]!, history[0]!, history[4]!, history[1]!, history[2]!]).map((point) => point.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('the first event of a parcel always counts', () => {
    expect(supersedes(event('first', 'IN_TRANSIT', 0), undefined)).toBe(true);
  });
});

describe('a shipment follows its parcels', () => {
  it.each([
    [['DELIVERED', 'DELIVERED'], 'DELIVERED'],
    [['DELIVERED', 'OUT_FOR_DELIVERY'], 'IN_TRANSIT'],
    [['DELIVERED', 'EXCEPTION'], 'EXCEPTION'],
    [['IN_TRANSIT', 'RETURNED_TO_SENDER'], 'EXCEPTION'],
    [['LABEL_CREATED', 'LABEL_CREATED'], 'SHIPPED'],
    [['LABEL_CREATED', 'PICKED_UP'], 'IN_TRANSIT'],
  ] as const)('%j → %s', (parcels, expected) => {
    expect(shipmentStatusFromParcels(parcels)).toBe(expected);
  });
});
