import GlaneurCore

/// Interns the folded forms of one document's tokens: each distinct form gets the next id. An
/// open-addressing table over the forms' UTF-8 bytes (FNV-1a hash, bytes compared on a hit), which
/// costs a fraction of a `[String: Int32]` dictionary on short tokens.
struct FoldedFormTable {
    /// The distinct forms, indexed by id.
    private(set) var forms: [String] = []
    /// The forms' bytes, one after the other; form `id` is `bytes[offsets[id]..<offsets[id + 1]]`.
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]
    /// Slot → form id + 1 (0: empty), and the full hash of the form in that slot.
    private var slots: [Int32]
    private var hashes: [UInt32]
    private var mask: Int

    init(expectedForms: Int) {
        var capacity = 64
        while capacity < expectedForms * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        hashes = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The id of `form`, added when new.
    mutating func id(of form: String) -> Int32 {
        var bytes = form
        return bytes.withUTF8 { utf8 in id(ofFolded: utf8) }
    }

    /// The form of `id`.
    @inline(__always) func form(_ id: Int32) -> String { forms[Int(id)] }

    /// The id of the folded form whose UTF-8 bytes are `utf8`, added when new: the `String` is
    /// made once per distinct form.
    mutating func id(ofFolded utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt32 = 2_166_136_261
        for byte in utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot]) - 1
            if hashes[slot] == hash && matches(id, utf8) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(forms.count)
        forms.append(String(decoding: utf8, as: UTF8.self))
        bytes.append(contentsOf: utf8)
        offsets.append(Int32(bytes.count))
        slots[slot] = id + 1
        hashes[slot] = hash
        if forms.count * 2 > slots.count { grow() }
        return id
    }

    private func matches(_ id: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id])
        guard Int(offsets[id + 1]) - start == utf8.count else { return false }
        for index in 0..<utf8.count where bytes[start + index] != utf8[index] { return false }
        return true
    }

    /// Doubles the table and reinserts every form by its stored hash.
    private mutating func grow() {
        let oldSlots = slots
        let oldHashes = hashes
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        hashes = Array(repeating: 0, count: oldSlots.count * 2)
        mask = slots.count - 1
        for (slot, entry) in oldSlots.enumerated() where entry != 0 {
            var target = Int(oldHashes[slot]) & mask
            while slots[target] != 0 { target = (target + 1) & mask }
            slots[target] = entry
            hashes[target] = oldHashes[slot]
        }
    }
}
