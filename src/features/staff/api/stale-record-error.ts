/** A save that matched no row: someone else changed or removed the record since it was read. */
export class StaleRecordError extends Error {
  constructor() {
    super('Someone else changed this record since you opened it');
    this.name = 'StaleRecordError';
  }
}
