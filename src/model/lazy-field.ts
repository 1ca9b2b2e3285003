// A field computed the first time it is read, then kept: the object still reads, compares
// (toEqual, JSON) and spreads as plain data, but nothing is made for objects no one reads.
export function lazyField<T extends object, K extends string, V>(target: T, key: K, make: () => V): T & Record<K, V> {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
  return target as T & Record<K, V>;
}
