import { eventPayload, StockChanged } from '@oms/contracts';
import { recordEvent, type EntityManager } from '@oms/platform';
import { Location } from '../entities/location.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { StockMovement, type StockMovementKind } from '../entities/stock-movement.entity.ts';
import { availableToSell } from './stock.ts';

/** A stock level as a statement left it. */
export interface LevelState {
  levelId: string;
  sku: string;
  locationId: string;
  onHand: number;
  reserved: number;
  safetyStock: number;
}

export interface MovementRecord {
  kind: StockMovementKind;
  onHandBefore: number;
  onHandAfter: number;
  reservedBefore: number;
  reservedAfter: number;
  reason?: string | null | undefined;
  reference?: string | null | undefined;
}

/**
 * The ledger and the StockChanged events of one transaction: every change to a level becomes a
 * StockMovement row, and `publish` adds one StockChanged event per level with its final figures.
 * Both are flushed with (and only with) the state change.
 */
export class StockJournal {
  readonly #tx: EntityManager;
  readonly #levels = new Map<string, LevelState>();

  constructor(tx: EntityManager) {
    this.#tx = tx;
  }

  record(level: LevelState, movement: MovementRecord): void {
    this.#tx.create(StockMovement, {
      sku: this.#tx.getReference(Sku, level.sku),
      location: this.#tx.getReference(Location, level.locationId),
      kind: movement.kind,
      onHandBefore: movement.onHandBefore,
      onHandAfter: movement.onHandAfter,
      reservedBefore: movement.reservedBefore,
      reservedAfter: movement.reservedAfter,
      reason: movement.reason ?? null,
      reference: movement.reference ?? null,
      createdAt: new Date(),
    });
    this.touch(level);
  }

  /** Notes a level's latest figures without a ledger row (e.g. only its safety stock changed). */
  touch(level: LevelState): void {
    this.#levels.set(level.levelId, level);
  }

  get changedLevels(): readonly LevelState[] {
    return [...this.#levels.values()];
  }

  /** One StockChanged event per level changed in this transaction. Call once, last. */
  publish(): void {
    for (const level of this.#levels.values()) {
      recordEvent(this.#tx, {
        type: StockChanged.type,
        aggregateType: 'StockLevel',
        aggregateId: level.levelId,
        payload: eventPayload(StockChanged, {
          sku: level.sku,
          locationId: level.locationId,
          onHand: level.onHand,
          reserved: level.reserved,
          safetyStock: level.safetyStock,
          availableToSell: availableToSell(level.onHand, level.reserved, level.safetyStock),
        }),
      });
    }
    this.#levels.clear();
  }
}
