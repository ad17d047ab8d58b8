import { describe, expect, it } from 'vitest';
import { withoutJit } from './db.js';

describe('withoutJit', () => {
  const options = (url: string) => new URL(url).searchParams.get('options');
  it('adds -c jit=off to the startup options, keeping the ones given', () => {
    expect(options(withoutJit('postgres://u@h:5432/db'))).toBe('-c jit=off');
    expect(options(withoutJit('postgres://u@h/db?options=-c%20search_path%3Dx%2Cpublic'))).toBe(
      '-c search_path=x,public -c jit=off',
    );
  });
  it('leaves an operator choice and non-URL connection strings alone', () => {
    expect(withoutJit('postgres://u@h/db?options=-c%20jit%3Don')).toBe(
      'postgres://u@h/db?options=-c%20jit%3Don',
    );
    expect(withoutJit('host=/tmp dbname=x')).toBe('host=/tmp dbname=x');
  });
});
