// lists of numbers as typed arrays: tables made ahead of time come as typed arrays (read in place) or plain lists

/** a typed array's constructor (Int32Array, Float64Array…) */
interface TypedArrayKind<T> {
  new (length: number): T;
  from(list: ArrayLike<number>): T;
}

/**
 * `list` as a typed array of `kind`: itself when it already is one, a copy otherwise.
 * @example asTyped([1, 2], Int32Array) // Int32Array [1, 2]
 */
export function asTyped<T>(list: ArrayLike<number>, kind: TypedArrayKind<T>): T {
  return list instanceof kind ? (list as T) : kind.from(list);
}
