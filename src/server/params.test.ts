import { describe, expect, it } from 'vitest';
import { editDistance, nearest, unknownParameterMessage } from './params.js';

describe('parameter suggestions', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('limit', 'limit')).toBe(0);
    expect(editDistance('limt', 'limit')).toBe(1);
    expect(editDistance('tpye', 'type')).toBe(1);
    expect(editDistance('Offset', 'offset')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the near miss and nothing for an unrelated name', () => {
    const accepted = ['limit', 'offset', 'entity', 'bloc', 'from', 'to'];
    expect(nearest('entitty', accepted)).toBe('entity');
    expect(nearest('limits', accepted)).toBe('limit');
    expect(nearest('ofset', accepted)).toBe('offset');
    expect(nearest('form', accepted)).toBe('from');
    expect(nearest('country', accepted)).toBeNull();
    expect(nearest('x', accepted)).toBeNull();
    expect(nearest('anything', [])).toBeNull();
  });

  it('names the parameter, the suggestion and what is accepted', () => {
    expect(unknownParameterMessage('entitty', ['entity', 'from'])).toBe(
      'unknown parameter "entitty" (did you mean "entity"?); accepted: entity, from',
    );
    expect(unknownParameterMessage('country', ['entity', 'from'])).toBe(
      'unknown parameter "country"; accepted: entity, from',
    );
    expect(unknownParameterMessage('q', [])).toBe(
      'unknown parameter "q"; this endpoint takes no query parameters',
    );
  });
});
