// The PackageError a registry call rejects with; the test fails if it resolves or rejects with anything else.
import { PackageError } from '../../src/model/errors.js';

export async function rejection(promise: Promise<unknown>): Promise<PackageError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return error as PackageError;
  }
  throw new Error('expected a rejection');
}
