import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Sku } from './sku.entity.ts';
import { Transfer } from './transfer.entity.ts';

export const TransferLineSchema = defineEntity({
  name: 'TransferLine',
  tableName: 'transfer_line',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    transfer: () => p.manyToOne(Transfer),
    sku: () => p.manyToOne(Sku),
    quantity: p.integer().check('quantity > 0'),
    receivedQuantity: p.integer().default(0),
  },
  uniques: [{ properties: ['transfer', 'sku'] }],
  checks: [{ name: 'transfer_line_received_check', expression: 'received_quantity >= 0 and received_quantity <= quantity' }],
});

export class TransferLine extends TransferLineSchema.class {}
TransferLineSchema.setClass(TransferLine);
