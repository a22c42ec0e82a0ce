/** One subject per account and the in-flight checks look orders up by the subject's blind index. */
export default /* sql */ `
CREATE INDEX orders_subject_key ON orders (subject_key);
`;
