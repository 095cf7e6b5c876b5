extension Array {
    /// Puts the elements in `order`, a permutation of the indices (element `order[k]`
    /// goes to `k`), moving each once: `order.map { self[$0] }` copied every element,
    /// retaining each of its fields, then released the old array's (a national plan's
    /// 100 000 meetings and 200 000 tasks).
    public mutating func permute(_ order: [Int]) {
        precondition(order.count == count, "a permutation of every index")
        withUnsafeMutableBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            let moved = UnsafeMutablePointer<Element>.allocate(capacity: elements.count)
            defer { moved.deallocate() }
            moved.moveInitialize(from: base, count: elements.count)
            for (k, i) in order.enumerated() { (base + k).moveInitialize(from: moved + i, count: 1) }
        }
    }
}
