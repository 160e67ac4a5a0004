/// A trie over unit ids. The root's children sit in an array indexed by unit id; deeper edges in
/// one open-addressing table keyed by (node, unit). Each node may end several aliases, chained
/// through `nextSlot` in insertion order.
struct UnitTrie: Sendable {
    private var rootChildren: [Int32] = []
    private var edgeKeys: [UInt64]
    private var edgeTargets: [Int32]
    private var edgeMask: Int
    private var edgeCount = 0
    /// Per node: the first slot of its chain of values, or -1.
    private var firstSlot: [Int32] = [-1]
    private var slotValues: [Int32] = []
    private var nextSlot: [Int32] = []

    init() {
        edgeKeys = Array(repeating: 0, count: 1024)
        edgeTargets = Array(repeating: -1, count: 1024)
        edgeMask = 1023
    }

    /// Records `value` at the end of `path`, after the values already there.
    mutating func insert(_ path: [Int32], value: Int32) {
        precondition(!path.isEmpty)
        var node = rootChild(path[0]) ?? addRootChild(path[0])
        for unit in path.dropFirst() {
            node = child(of: node, unit: unit) ?? addEdge(from: node, unit: unit)
        }
        let slot = Int32(slotValues.count)
        slotValues.append(value)
        nextSlot.append(-1)
        if firstSlot[Int(node)] < 0 {
            firstSlot[Int(node)] = slot
        } else {
            var last = firstSlot[Int(node)]
            while nextSlot[Int(last)] >= 0 { last = nextSlot[Int(last)] }
            nextSlot[Int(last)] = slot
        }
    }

    @inline(__always)
    func rootChild(_ unit: Int32) -> Int32? {
        guard Int(unit) < rootChildren.count else { return nil }
        let node = rootChildren[Int(unit)]
        return node < 0 ? nil : node
    }

    @inline(__always)
    func child(of node: Int32, unit: Int32) -> Int32? {
        let key = Self.key(node, unit)
        var slot = Self.slot(key) & edgeMask
        while true {
            let found = edgeKeys[slot]
            if found == key { return edgeTargets[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & edgeMask
        }
    }

    /// The values ending at `node`, in insertion order.
    func values(at node: Int32) -> UnitTrieValues {
        UnitTrieValues(slot: firstSlot[Int(node)], values: slotValues, following: nextSlot)
    }

    @inline(__always)
    func hasValues(_ node: Int32) -> Bool { firstSlot[Int(node)] >= 0 }

    private mutating func newNode() -> Int32 {
        firstSlot.append(-1)
        return Int32(firstSlot.count - 1)
    }

    private mutating func addRootChild(_ unit: Int32) -> Int32 {
        if Int(unit) >= rootChildren.count {
            rootChildren.append(contentsOf: repeatElement(-1, count: Int(unit) + 1 - rootChildren.count))
        }
        let node = newNode()
        rootChildren[Int(unit)] = node
        return node
    }

    private mutating func addEdge(from node: Int32, unit: Int32) -> Int32 {
        if (edgeCount + 1) * 2 > edgeKeys.count { growEdges() }
        let target = newNode()
        place(Self.key(node, unit), target)
        edgeCount += 1
        return target
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        var slot = Self.slot(key) & edgeMask
        while edgeKeys[slot] != 0 { slot = (slot + 1) & edgeMask }
        edgeKeys[slot] = key
        edgeTargets[slot] = target
    }

    private mutating func growEdges() {
        let oldKeys = edgeKeys, oldTargets = edgeTargets
        edgeKeys = Array(repeating: 0, count: oldKeys.count * 2)
        edgeTargets = Array(repeating: -1, count: oldKeys.count * 2)
        edgeMask = edgeKeys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 { place(oldKeys[index], oldTargets[index]) }
    }

    /// Never 0 (the empty marker): node ids start at 1 for stored edges' sources.
    @inline(__always)
    private static func key(_ node: Int32, _ unit: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) + 1) << 32 | UInt64(UInt32(bitPattern: unit))
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }
}

/// The values stored at one trie node, in insertion order.
struct UnitTrieValues: Sequence, IteratorProtocol {
    fileprivate var slot: Int32
    fileprivate let values: [Int32]
    fileprivate let following: [Int32]

    mutating func next() -> Int32? {
        guard slot >= 0 else { return nil }
        defer { slot = following[Int(slot)] }
        return values[Int(slot)]
    }
}
