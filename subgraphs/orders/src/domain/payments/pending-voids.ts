/**
 * Provider calls owed by an order change that does not run as a command itself (it opens its own
 * transaction): the calls are recorded as committed effects of the command layer in that
 * transaction (`CommandRunner.recordEffects`), so they are durable with the change and vanish
 * with it if it rolls back; `perform` makes them once the change committed, and the command
 * recovery worker makes any it could not. A change that runs as a command passes its own `effect`
 * instead (`owedThroughCommand`).
 */
import type { EntityManager, RecordedEffects, RecordedIntent } from '@oms/platform';
import type { OrderProcessContext } from '../../context.ts';
import { orderCommands, type CommandContext } from '../order-commands.ts';
import type { AfterCommit } from './owed-operations.ts';

export class PendingVoids implements AfterCommit {
  readonly #ctx: CommandContext & Pick<OrderProcessContext, 'em'>;
  #recorded: RecordedEffects[] = [];

  constructor(ctx: CommandContext & Pick<OrderProcessContext, 'em'>) {
    this.#ctx = ctx;
  }

  /** In the change's transaction: records the call as an effect to perform once it committed. */
  async owe(em: EntityManager, kind: string, data: Record<string, unknown>): Promise<void> {
    const effect: RecordedIntent = { kind, data };
    this.#recorded.push(await orderCommands(this.#ctx).recordEffects(em, 'orderChange', String(data['operationId']), [effect]));
  }

  /** After the change's transaction committed: makes the calls it owes (recovery makes those that fail). */
  async perform(): Promise<void> {
    const recorded = this.#recorded;
    this.#recorded = [];
    for (const effects of recorded) await orderCommands(this.#ctx).performRecorded(this.#ctx.em, effects);
  }
}
