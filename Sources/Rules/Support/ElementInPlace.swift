extension Array {
    /// `body` given a pointer to the element at `index`, read where it lies.
    ///
    /// Handing `array[index]` to a function, or binding it to a name, copies the whole
    /// value and retains each of its fields; for the plan's meetings and events, read by
    /// the hundred thousand on every core, those copies (and both cores contending on the
    /// same reference counts) were a large part of the time. Inlinable, so that each
    /// caller's module specializes it and no generic call remains.
    @inlinable @inline(__always)
    public func withElement<R>(at index: Int, _ body: (UnsafePointer<Element>) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body($0.baseAddress! + index) }
    }
}
