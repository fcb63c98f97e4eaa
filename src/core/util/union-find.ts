/** Disjoint sets over 0…size-1 with path halving: `join` links two sets, `root` names a set. */
export function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const join = (a: number, b: number) => {
    parent[root(b)] = root(a);
  };
  return { root, join };
}
