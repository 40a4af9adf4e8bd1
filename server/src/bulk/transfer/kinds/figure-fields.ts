/**
 * `yearStated` of a figure in the export format: absent when true (the source states the year the
 * figure describes, as for almost every figure), so that records written before it existed stay
 * the same record.
 */
export const yearStatedField = {
  read: (figure: { yearStated: boolean }) => (figure.yearStated ? undefined : false),
  write: (value: boolean | undefined) => value ?? true,
};
