/**
 * Returned goods back into stock, as the orders service decided at inspection (ReturnInspected):
 * RESTOCK units become sellable on hand at the location that received them; REFURBISH and
 * DISPOSE units go to its non-sellable bucket, outside on hand. Each change is a RETURN row of the
 * ledger with the reason. Each event once (claimed in the transaction of its effect).
 */
import { parseEvent, ReturnInspected, type ParsedEvent, type PayloadOf } from '@oms/contracts';
import { claimEvent, type BusEvent, type EntityManager, type Logger } from '@oms/platform';
import { Location } from '../entities/location.entity.ts';
import { inTransaction } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { addNonSellableStock, applyStockChanges, ensureStockLevels, type StockChange } from './stock-writer.ts';

/** The durable consumer of the orders service's return events. */
export const RETURN_EVENTS_CONSUMER = 'inventory-returns';
export const RETURN_INSPECTED = ReturnInspected.type;

type Disposition = PayloadOf<typeof ReturnInspected>['lines'][number]['disposition'];

export interface InspectedLine {
  sku: string;
  quantity: number;
  disposition: Disposition;
}

export interface InspectedReturn {
  returnId: string;
  returnNumber: string;
  locationId: string;
  lines: InspectedLine[];
}

/** Reads the event through its contract (`packages/contracts`); lines of no units are left out. */
export function parseInspectedReturn(event: Pick<BusEvent, 'type' | 'payload'>): ParsedEvent<InspectedReturn> {
  const parsed = parseEvent(ReturnInspected, event);
  if (!parsed.ok) return parsed;
  const { returnId, returnNumber, locationId, lines } = parsed.value;
  return { ok: true, value: { returnId, returnNumber, locationId, lines: lines.filter((line) => line.quantity > 0).map(({ sku, quantity, disposition }) => ({ sku, quantity, disposition })) } };
}

export type ReturnHandlingOutcome = 'HANDLED' | 'DUPLICATE' | 'REJECTED';

export async function handleReturnEvent(em: EntityManager, event: BusEvent, logger: Logger): Promise<ReturnHandlingOutcome> {
  const parsed = parseInspectedReturn(event);
  return inTransaction(em, async (tx) => {
    const reject = async (reason: string): Promise<ReturnHandlingOutcome> => {
      if (!(await claimEvent(tx, 'inventory', RETURN_EVENTS_CONSUMER, event.id, 'REJECTED', reason))) return 'DUPLICATE';
      logger.error({ eventId: event.id, type: event.type, reason }, 'return event refused');
      return 'REJECTED';
    };
    if (!parsed.ok) return reject(parsed.reason);
    const inspected = parsed.value;
    if (!(await tx.findOne(Location, { id: inspected.locationId }))) return reject(`unknown location ${inspected.locationId}`);
    if (!(await claimEvent(tx, 'inventory', RETURN_EVENTS_CONSUMER, event.id, 'HANDLED'))) return 'DUPLICATE';
    if (inspected.lines.length === 0) return 'HANDLED';
    await ensureStockLevels(tx, inspected.lines.map((line) => ({ sku: line.sku, locationId: inspected.locationId })));
    const journal = new StockJournal(tx);
    const restocked: StockChange[] = inspected.lines
      .filter((line) => line.disposition === 'RESTOCK')
      .map((line) => ({
        sku: line.sku,
        locationId: inspected.locationId,
        onHandDelta: line.quantity,
        reservedDelta: 0,
        kind: 'RETURN',
        reason: `return ${inspected.returnNumber}: ${line.quantity} unit(s) restocked`,
        reference: inspected.returnId,
      }));
    await applyStockChanges(tx, journal, restocked);
    for (const line of inspected.lines.filter((candidate) => candidate.disposition !== 'RESTOCK')) {
      await addNonSellableStock(tx, journal, {
        sku: line.sku,
        locationId: inspected.locationId,
        quantity: line.quantity,
        reference: inspected.returnId,
        reason: (nonSellable) => `return ${inspected.returnNumber}: ${line.quantity} unit(s) non-sellable (${line.disposition.toLowerCase()}), ${nonSellable} non-sellable here`,
      });
    }
    journal.publish();
    return 'HANDLED';
  });
}
