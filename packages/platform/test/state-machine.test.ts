import { describe, expect, it } from 'vitest';
import { isDomainError } from '../src/errors.ts';
import { StateMachine } from '../src/state-machine.ts';

type Light = 'GREEN' | 'AMBER' | 'RED' | 'OFF';
const lights = new StateMachine<Light>('Traffic light', { GREEN: ['AMBER', 'OFF'], AMBER: ['RED'], RED: ['GREEN'], OFF: [] });

describe('StateMachine', () => {
  it('allows exactly the transitions in its table', () => {
    expect(lights.canTransition('GREEN', 'AMBER')).toBe(true);
    expect(lights.canTransition('GREEN', 'RED')).toBe(false);
    expect(lights.canTransition('OFF', 'GREEN')).toBe(false);
  });

  it('rejects an invalid transition with INVALID_STATE_TRANSITION and says what is allowed', () => {
    let thrown: unknown;
    try {
      lights.assertTransition('GREEN', 'RED');
    } catch (error) {
      thrown = error;
    }
    expect(isDomainError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: 'INVALID_STATE_TRANSITION', message: 'Traffic light cannot go from GREEN to RED (allowed: AMBER, OFF)' });
    expect(() => lights.assertTransition('OFF', 'GREEN')).toThrow(/final state/);
  });

  it('knows final states', () => {
    expect(lights.isFinal('OFF')).toBe(true);
    expect(lights.isFinal('RED')).toBe(false);
  });
});
