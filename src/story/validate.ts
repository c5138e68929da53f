import * as v from 'valibot';

// One way to check data against a schema and say what is wrong with it: the first problem, the keys that lead
// to it and what it is, in words someone fixing the file can act on. Small on purpose: the reader uses it.

export type IssuePath = (string | number)[];
export type Validated<T> = { ok: true; value: T } | { ok: false; path: IssuePath; message: string };

/** The data as the schema's output, or the first problem with it. */
export function validate<const S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, ...describeIssue(result.issues[0]) };
}

/** Where an issue is and what it says. valibot words a missing or unknown key as "Invalid key: …". */
export function describeIssue(issue: v.BaseIssue<unknown>): { path: IssuePath; message: string } {
  const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
  const objectKey =
    issue.kind === 'schema' &&
    /object$/.test(issue.type) &&
    issue.path !== undefined &&
    issue.path[issue.path.length - 1]?.origin === 'key';
  if (objectKey && issue.expected === 'never')
    // Said of the object that has the key, as the message names it.
    return { path: path.slice(0, -1), message: `unknown key ${issue.received}` };
  if (objectKey) return { path, message: 'missing' };
  return { path, message: issue.message };
}
