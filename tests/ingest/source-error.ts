// Test helper: the SourceError a stage throws (any other error is rethrown, and no error fails the test).
import { SourceError } from '../../scripts/ingest/errors.ts';

export function sourceErrorOf(run: () => unknown): SourceError {
  try {
    run();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}
