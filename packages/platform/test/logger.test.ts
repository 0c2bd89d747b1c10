import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

describe('application logs', () => {
  it('never carry a person’s data under the known personal fields, at any of the usual depths', () => {
    const lines: string[] = [];
    const logger = createLogger('test', 'info', { write: (line: string) => void lines.push(line) });
    logger.info(
      {
        email: 'zoe.quill@example.com',
        payload: { phone: '+33612345678', shipTo: { name: 'Zoé Quill', line1: '12 rue des Lilas', country: 'FR' } },
        event: { payload: { firstName: 'Zoé', orderId: 'b1c0' } },
        variables: { input: { guestEmail: 'zoe.quill@example.com', delivery: { address: { line1: '12 rue des Lilas' } } } },
        orderId: 'b1c0',
      },
      'order placed',
    );
    const [line] = lines;
    expect(line).toBeDefined();
    expect(line).not.toMatch(/zoe\.quill|\+33612345678|Zoé|Lilas/);
    const logged = JSON.parse(line!) as Record<string, unknown>;
    expect(logged['orderId']).toBe('b1c0');
    expect(logged['email']).toBe('[personal data]');
  });
});
